/**
 * Review s34 (markup generations). A contact whose sidebar does not show the Email property, and
 * whose email item's header is split into spans (crm-evidence-2.md: the type is only in the
 * header's wording): "Email" | "sent by Alex Morgan". The item's type word is no property label.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const hubspotContact = fixturePage('hubspot', 'contact-preview-feed');

const EMAIL_PROPERTY =
  '<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Email</span><div>lena.vogt@northwind.example</div></div>';

describe('HubSpot: a contact whose sidebar does not show the Email property', () => {
  const html = edited(
    hubspotContact.html,
    [EMAIL_PROPERTY, ''],
    [
      '<span data-test-id="header-message">Email sent by Alex Morgan</span>',
      '<span data-test-id="header-message"><span>Email</span> <span>sent by Alex Morgan</span></span>',
    ],
  );

  it('keeps no email address taken from a timeline item’s header, and says the email was not read', () => {
    const reading = readPage(html, hubspotContact.url);
    // The only "Email" words on the page are the email item's type word: the contact has no email shown.
    expect(reading.record.email).toBeUndefined();
    expect(reading.notRead.map((n) => n.field)).toContain('record.email');
  });
});
