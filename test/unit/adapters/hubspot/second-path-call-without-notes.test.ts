// @vitest-environment happy-dom
/**
 * Without test ids, a call logged without notes shows its header and date line only. Such a line
 * is an item when its header is one no property label has ("Logged call", "Call - Busy"); a header
 * that merely opens with a type word ("Anruf protokolliert", "Logged call · Alex Morgan") was read
 * only beside a read item of the same shape, as a property's label may open so too ("Meeting
 * booked"). Alone in its month, or beside emails whose previews carry an action bar, the call
 * vanished with no word said; with each date line on its own below its header, the emails beside
 * it were reported as showing no type ("Email - Fleet pricing"), and the call vanished again. Under
 * a group's heading of the timeline no property row stands: there such a header is an item's; a
 * header made of a type and more ("Email - …") is one wherever it stands; and beside read items of
 * its shape, a header opening with a type word is one whatever follows its date (a call with
 * notes whose date line stands below its header, too).
 */
import { describe, expect, it } from 'vitest';
import { type Reading, readHubSpot } from './contact-record';
import { DE, EN, group, hashedRecord, preview } from './hashed-record';

/** Header, date line and body (none for a call logged without notes). */
type Entry = readonly [header: string, when: string, body?: string];

const touches = ({ activities }: Reading) =>
  activities.map(({ type, direction, timestamp, planned }) => ({
    type,
    direction,
    timestamp,
    planned: planned ?? false,
  }));
const activityNotes = ({ notRead }: Reading) => notRead.filter((n) => n.field.startsWith('activities'));

const pages = {
  'en-US': {
    wording: EN,
    months: ['November 2026', 'October 2026'],
    octoberCall: ['Logged call · Alex Morgan', 'Oct 27, 2026 at 9:40 AM'],
    octoberCallWithNotes: ['Logged call · Alex Morgan', 'Oct 27, 2026 at 9:40 AM', '<p>Left the fleet numbers.</p>'],
    call: ['Logged call · Alex Morgan', 'Nov 17, 2026 at 9:40 AM'],
    callWithNotes: ['Logged call · Alex Morgan', 'Nov 16, 2026 at 2:05 PM', '<p>Mara asked for a second quote.</p>'],
    emails: [
      ['Email - Fleet pricing', 'Nov 18, 2026 at 10:02 AM', '<p>from Alex Morgan to Mara Quist</p><p>Hi Mara, …</p>'],
      ['Email - Intro', 'Nov 12, 2026 at 4:30 PM', '<p>from Alex Morgan to Mara Quist</p><p>Hello Mara, …</p>'],
    ],
    actions: ['Reply', 'Forward'],
    recent: 'Recent activities',
  },
  'de-DE': {
    wording: DE,
    months: ['November 2026', 'Oktober 2026'],
    octoberCall: ['Anruf protokolliert', '27. Okt. 2026 um 09:40'],
    octoberCallWithNotes: ['Anruf protokolliert', '27. Okt. 2026 um 09:40', '<p>Flottenzahlen hinterlassen.</p>'],
    call: ['Anruf protokolliert', '17. Nov. 2026 um 09:40'],
    callWithNotes: ['Anruf protokolliert', '16. Nov. 2026 um 14:05', '<p>Mara möchte ein zweites Angebot.</p>'],
    emails: [
      ['E-Mail - Flottenpreise', '18. Nov. 2026 um 10:02', '<p>von Alex Morgan an Mara Quist</p><p>Hallo Mara, …</p>'],
      ['E-Mail - Vorstellung', '12. Nov. 2026 um 16:30', '<p>von Alex Morgan an Mara Quist</p><p>Hallo Mara, …</p>'],
    ],
    actions: ['Antworten', 'Weiterleiten'],
    recent: 'Letzte Aktivitäten',
  },
} as const;

const email = (timestamp: string) => ({ type: 'email', direction: 'outbound', timestamp, planned: false });
const call = (timestamp: string) => ({ type: 'call', direction: 'outbound', timestamp, planned: false });

describe('HubSpot without test ids: a call logged without notes', () => {
  describe.each(Object.entries(pages))('%s', (_, page) => {
    const [november, october] = page.months;
    const [first, last]: readonly Entry[] = page.emails;
    const entry = ([header, when, body]: Entry, options?: Parameters<typeof preview>[3]) =>
      preview(header, when, body, options);

    it('alone in its month, below a month of emails, is read', () => {
      const reading = readHubSpot(
        hashedRecord(page.wording, [
          group(
            november,
            page.emails.map((e) => entry(e)),
          ),
          group(october, [entry(page.octoberCall)]),
        ]),
      );
      expect(touches(reading)).toEqual([
        email('2026-11-18T10:02:00.000Z'),
        email('2026-11-12T16:30:00.000Z'),
        call('2026-10-27T09:40:00.000Z'),
      ]);
      expect(activityNotes(reading)).toEqual([]);
    });

    it('between emails that carry an action bar it has none of, is read', () => {
      const withBar = (e: Entry) => entry(e, { actions: page.actions });
      const reading = readHubSpot(
        hashedRecord(page.wording, [group(november, [withBar(first), entry(page.call), withBar(last)])]),
      );
      expect(touches(reading)).toEqual([
        email('2026-11-18T10:02:00.000Z'),
        call('2026-11-17T09:40:00.000Z'),
        email('2026-11-12T16:30:00.000Z'),
      ]);
      expect(activityNotes(reading)).toEqual([]);
    });

    describe('with every date line below its header', () => {
      const below = (e: Entry) => entry(e, { timeBelow: true });
      const feed = [below(first), below(page.call), below(page.callWithNotes), below(last)];
      const expected = [
        email('2026-11-18T10:02:00.000Z'),
        call('2026-11-17T09:40:00.000Z'),
        call('2026-11-16T14:05:00.000Z'),
        email('2026-11-12T16:30:00.000Z'),
      ];

      it('in a month, is read with the calls and emails beside it', () => {
        const reading = readHubSpot(hashedRecord(page.wording, [group(november, feed)]));
        expect(touches(reading)).toEqual(expected);
        expect(activityNotes(reading)).toEqual([]);
      });

      it('beside it, a call with notes alone in the month before is read too', () => {
        const reading = readHubSpot(
          hashedRecord(page.wording, [
            group(november, [below(first), below(page.call), below(last)]),
            group(october, [below(page.octoberCallWithNotes)]),
          ]),
        );
        expect(touches(reading)).toEqual([
          email('2026-11-18T10:02:00.000Z'),
          call('2026-11-17T09:40:00.000Z'),
          email('2026-11-12T16:30:00.000Z'),
          call('2026-10-27T09:40:00.000Z'),
        ]);
        expect(activityNotes(reading)).toEqual([]);
      });

      it('in a card of recent activities, under no month, is read with them', () => {
        const card = `<div class="sc-hIUJlX dTmWqP"><h3 class="sc-kOPcWz fGhJkL">${page.recent}</h3><div class="sc-cPiKLX gQxRsT">${feed.join('')}</div></div>`;
        const reading = readHubSpot(hashedRecord(page.wording, [card]));
        expect(touches(reading)).toEqual(expected);
        expect(activityNotes(reading)).toEqual([]);
      });
    });
  });
});
