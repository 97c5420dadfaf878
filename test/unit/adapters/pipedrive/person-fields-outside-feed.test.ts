/**
 * A person with no organisation (or no email) leaves that field empty; links inside feed entries
 * name other records and other people's addresses: an activity's organisation link, the rep's
 * address on the From line of a mail. Read by structure (classes the adapter does not know), they
 * are still no field of the person.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
const stripped = (html: string) => html.replace(/ class="[^"]*"/g, '');

const withoutOrganization = edited(
  person.html,
  [
    /<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Organization<\/span>.*?\n/,
    '',
  ],
  ['<a class="DetailHeader_org__a8Rt3" href="/organization/480">Nordhavn Logistics</a>', ''],
  [
    'November 5, 2026 at 1:00 PM</span> · <span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a>',
    'November 5, 2026 at 1:00 PM</span> · <span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a> · <a href="/organization/77">Harbor Freight Partners</a>',
  ],
);

const withoutEmail = edited(
  person.html,
  [
    /<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Email<\/span>.*?\n/,
    '',
  ],
  [
    'From: Casey Nguyen &lt;casey@acme-sales.example&gt;',
    'From: Casey Nguyen &lt;<a href="mailto:casey@acme-sales.example">casey@acme-sales.example</a>&gt;',
  ],
);

describe('a Pipedrive person without an organisation, read by structure', () => {
  it('has no company, not the organisation an activity links', () => {
    const reading = readPage(stripped(withoutOrganization), person.url);
    expect(reading.record.company).toBeUndefined();
    expect(reading.notRead.map((n) => n.field)).toContain('company');
  });
});

describe('a Pipedrive person without an email field, read by structure', () => {
  it('has no email, not the rep’s address from a mail’s From line', () => {
    const reading = readPage(stripped(withoutEmail), person.url);
    expect(reading.record.email).toBeUndefined();
  });

  it('still reads the rep’s mail as outbound', () => {
    const mail = readPage(stripped(withoutEmail), person.url).activities.find((a) => a.title === 'Q1 volumes');
    expect(mail?.direction).toBe('outbound');
  });
});
