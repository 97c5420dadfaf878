import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * The record's Email is read from its layout item, else from a bare label/value pair (fields.ts).
 * Here neither the highlights panel nor a rendered layout item shows Email (an org whose compact
 * layout leaves it out; Lightning renders the Details tab only once it is opened), while the
 * timeline shows an email whose icon carries the assistive text "Email". contracts.md: `notRead`
 * lists what could not be read; README: every field has a second path that needs no classes.
 *
 * Oracle, by hand: the page shows no email address for Dana Whitfield; the reading leaves `email`
 * unset and lists it as not read, with or without classes (before, without classes, the icon's
 * assistive "Email" was taken for the field's label and the email became the timeline item's
 * text). A bare "Email" label outside the timeline is still the record's field.
 */
const mail = entry({
  object: 'EmailMessage',
  id: '02s8d00000Cc201AAV',
  subject: 'Pricing deck',
  kind: 'email',
  iconTitle: 'Email',
  date: '4:40 PM | Nov 16',
  summary: 'You sent an email to Dana Whitfield',
  details: [
    ['From:', 'Sam Okafor'],
    ['To:', 'Dana Whitfield'],
  ],
});
const page = recordPage(auraTimeline({ groups: [{ heading: 'This Month', items: mail }] })).replace(
  /<records-record-layout-section>[\s\S]*<\/records-record-layout-section>/,
  '',
);

/** The same page with the record's Email as a bare label and value, outside the timeline. */
const bare = page.replace(
  '<flexipage-tabset2>',
  '<div><span>Email</span><span>dana.whitfield@umbrella.example</span></div><flexipage-tabset2>',
);

describe('a contact page that shows no Email field, beside an email in its timeline', () => {
  it.each([false, true])('leaves the email unset and not read (classes stripped: %s)', (strip) => {
    const r = readRecord(page, { strip });
    expect(r.record.email).toBeUndefined();
    expect(r.notRead.some((n) => n.field === 'email')).toBe(true);
  });

  it.each([false, true])('reads a bare Email label outside the timeline (classes stripped: %s)', (strip) => {
    expect(readRecord(bare, { strip }).record.email).toBe('dana.whitfield@umbrella.example');
  });
});
