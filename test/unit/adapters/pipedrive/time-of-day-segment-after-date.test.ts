import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * A meta line that shows the day and the time as separate " · " segments before the owner
 * ("Nov 17, 2026 · 3:10 PM · Casey Nguyen"; German "17. Nov. 2026 · 15:10 Uhr · …"), as HubSpot-style
 * date/time fields split them (crm-evidence-2.md: dates and their time are often separate fields;
 * lib/locale/find-date.ts says the same). Clock 2026-11-20 15:00 UTC.
 *
 * Spec: contracts.md "timestamp … to the minute where the page shows a time of day";
 * contracts.md team page: one row per rep "owner as the CRM shows it" — a time is no rep.
 */
const classless = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');

describe.each([
  ['current markup', (html: string) => html],
  ['classless markup', classless],
])('Pipedrive person: day and time shown as two segments of the meta line (%s)', (_markup, shape) => {
  it.each([
    ['en-US', 'Call', 'Nov 17, 2026 · 3:10 PM'],
    ['de-DE', 'Anruf', '17. Nov. 2026 · 15:10 Uhr'],
  ])(
    '(%s) reads the call at 15:10 on 17 Nov and Casey Nguyen as its owner, not the time as a rep',
    (lang, icon, date) => {
      const r = read(shape(personPage({ lang, history: [item({ icon, done: true, subject: 'Call Maya', date })] })));
      const call = r.activities[0];
      expect([call?.timestamp, call?.timePrecision, call?.owner]).toEqual([
        '2026-11-17T15:10:00.000Z',
        'minute',
        'Casey Nguyen',
      ]);
    },
  );
});
