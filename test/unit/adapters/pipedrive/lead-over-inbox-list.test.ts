/**
 * Reviewer s35: a Pipedrive lead opens over the Leads Inbox list (crm-pages.md: /leads/inbox/{uuid}).
 * The list (a grid of rows: title, person, organization, value, lead created, next activity) stays
 * on screen beside the lead's panel. Pages are hand-written in pages.ts; expected values read off them.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, LEAD_URL, leadPage, readPage, stripped } from './lead-and-deal-pages';

/** The lead's own feed, newest first: [type, direction, timestamp, planned, call outcome]. */
const OWN_FEED = [
  ['meeting', 'outbound', '2026-11-23T14:00:00.000Z', true, undefined],
  ['email', 'inbound', '2026-11-19T11:20:00.000Z', false, undefined],
  ['call', 'outbound', '2026-11-16T16:15:00.000Z', false, 'no-answer'],
  ['email', 'outbound', '2026-11-12T08:45:00.000Z', false, undefined],
  ['note', 'unknown', '2026-11-10T13:05:00.000Z', false, undefined],
  ['meeting', 'outbound', '2026-11-06T12:30:00.000Z', false, undefined],
  ['task', 'unknown', '2026-11-05T09:00:00.000Z', false, undefined],
  ['call', 'inbound', '2026-11-04T10:00:00.000Z', false, 'connected'],
  ['call', 'outbound', '2026-11-03T15:30:00.000Z', false, 'voicemail'],
];

function feedOf(html: string) {
  const r = readPage(html, LEAD_URL);
  expect(r.exitCode).toBe(0);
  return r.activities.map((a) => [
    a.type,
    a.direction,
    a.timestamp ? new Date(a.timestamp).toISOString() : `undated:${a.dateText}`,
    a.planned === true,
    a.type === 'call' ? a.outcome : undefined,
  ]);
}

const GENERATIONS = [
  ['current', (h: string) => h],
  ['classless', stripped],
] as const;

describe.each(Object.entries(LANGS))('Pipedrive lead over the Leads Inbox, %s', (_code, L) => {
  it.each(GENERATIONS)(
    '%s markup: the organization is the lead’s, not the word after the list’s "Organization" column heading',
    (_g, make) => {
      const r = readPage(make(leadPage(L)), LEAD_URL);
      expect(r.record.name).toBe(L.lead.title);
      expect(r.record.email).toBe('maya.lindqvist@nordhavn.example');
      expect(r.record.owner).toBe('Casey Nguyen');
      // The panel's field row: "Organization | Nordhavn Logistics". The list's header reads "… Organization | Value …".
      expect(r.record.company).toBe('Nordhavn Logistics');
    },
  );

  it.each(GENERATIONS)('%s markup: the inbox list rows are not the lead’s history entries', (_g, make) => {
    expect(feedOf(make(leadPage(L)))).toEqual(OWN_FEED);
  });

  it.each(GENERATIONS)(
    '%s markup: a list row’s "Next activity" (call icon, overdue date) is no done call of this lead',
    (_g, make) => {
      const feed = feedOf(make(leadPage(L, true)));
      // The lead's panel shows 3 done calls (16, 4 and 3 Nov); the list's next-activity cells are
      // not done, and one belongs to another lead.
      expect(feed.filter(([type, , , planned]) => type === 'call' && !planned)).toHaveLength(3);
      expect(feed).toEqual(OWN_FEED);
    },
  );
});

describe.each(Object.entries(LANGS))('Pipedrive lead, %s: the lead’s person writes back', (_code, L) => {
  // The lead names its person in the "Person" field (/person/2210 "Maya Lindqvist"), and the mail's
  // meta line links her too; the reply's From line shows her name without an address.
  const page = leadPage(L).replace(
    'Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;</div>',
    'Maya Lindqvist</div>',
  );

  it.each(GENERATIONS)('%s markup: her reply is inbound, so the rep’s email of 12 Nov is answered', (_g, make) => {
    const r = readPage(make(page), LEAD_URL);
    const mails = r.activities.filter((a) => a.type === 'email').map((a) => [a.title, a.direction]);
    // metrics.md reply rate: 1 outbound email (12 Nov), answered by Maya's reply on 19 Nov → 1.00.
    expect(mails).toEqual([
      [L.subj.reply, 'inbound'],
      [L.subj.mail, 'outbound'],
    ]);
  });
});
