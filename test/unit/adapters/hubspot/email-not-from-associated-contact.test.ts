/**
 * Reviewer s42: the contact's own "Email" property shows empty ("--"), and the right sidebar lists an
 * associated contact with her address under an "Email" label (crm-pages.md: the left sidebar holds
 * the record's title and properties, the right sidebar cards of associated records). The label-text
 * fallback searched the whole record once the property element came up empty and took the other
 * contact's address: CSV rows matched by email then linked to the wrong contact. HubSpot's dash is
 * no value (README, 0.7.6: "an empty value or "--" is no value"): the email is not read, and says so.
 */
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { CONTACT_URL, previewItem } from './contact-page';
import { readPage } from './read-page';

function page(ownEmail: string, ownPhone?: string): string {
  const phone = ownPhone
    ? `<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Phone number</span><div>${ownPhone}</div></div>`
    : '';
  return `<!DOCTYPE html><html lang="en-US"><head><title>Lena Vogt | HubSpot</title></head><body><main>
<div data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle">Lena Vogt</h2></div>
<div data-selenium-test="highlightedPropertySidebar">
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Email</span><div>${ownEmail}</div></div>${phone}
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Contact owner</span><div>Alex Morgan</div></div>
</div></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
${previewItem({ header: 'Call - Connected made by Alex Morgan', date: 'Nov 18, 2026 at 10:00 AM', body: 'Intro call' })}
</div></div>
<div data-test-id="records-right-sidebar"><div data-test-id="card-wrapper-CONTACT"><h3>Contacts (1)</h3>
<div><a href="/contacts/2451908/record/0-1/502">Mia Chen</a><div><span>Email</span><span>mia.chen@northwind.example</span></div>
<div><span>Phone number</span><span>+1 206 555 0100</span></div></div></div></div>
</main></body></html>`;
}

/** Every class, id and data-* attribute removed: the second path, by wording and structure. */
function strip(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('*')))
    for (const { name } of Array.from(el.attributes))
      if (name === 'class' || name === 'id' || name.startsWith('data-')) el.removeAttribute(name);
}

function contact(result: ReadResult) {
  if (result.status !== 'read' || result.kind !== 'contact') throw new Error(`not a read contact: ${result.status}`);
  return result;
}

const ways = [
  ['with test ids', undefined],
  ['stripped of classes, ids and test ids', strip],
] as const;

describe('HubSpot contact properties come from the contact, never from an associated record’s card', () => {
  it.each(ways)('%s: an email shown empty ("--") is not read, and is reported', (_, change) => {
    const reading = contact(readPage(page('--'), CONTACT_URL, change));
    expect(reading.record.email).toBeUndefined();
    expect(reading.notRead.map((n) => n.field)).toContain('record.email');
  });

  it.each(ways)('%s: a phone the contact does not show is not the associated contact’s', (_, change) => {
    const reading = contact(readPage(page('--'), CONTACT_URL, change));
    expect(reading.record.phone).toBeUndefined();
    expect(reading.notRead.map((n) => n.field)).toContain('record.phone');
  });

  it.each(ways)('%s: the contact’s own email and phone are still read', (_, change) => {
    const reading = contact(readPage(page('lena.vogt@northwind.example', '+1 206 555 0187'), CONTACT_URL, change));
    expect([reading.record.email, reading.record.phone, reading.record.owner]).toEqual([
      'lena.vogt@northwind.example',
      '+1 206 555 0187',
      'Alex Morgan',
    ]);
  });
});
