// @vitest-environment happy-dom
/**
 * Review s48. Without test ids (README: the second path) the "Upcoming" group may be wrapped (its
 * heading and its tasks in one block) while past items follow it flat, each a sibling of that
 * block. A past item alone there had no item of its shape beside it (its siblings) or one level
 * down (its cousins), and no group's heading just before it: the finder dropped it without a note,
 * and a logged call went uncounted. It stands beside a group of the timeline holding an item
 * (find-items.ts `repeated`).
 */
import { describe, expect, it } from 'vitest';
import { type Reading, readHubSpot } from './contact-record';
import { DE, EN, group, hashedRecord, preview } from './hashed-record';

/** An entry of the timeline: its header, date line and body. */
const entry = ([header, when, body]: readonly [string, string, string]) => preview(header, when, body);

const pages = {
  'en-US': {
    wording: EN,
    upcoming: 'Upcoming',
    tasks: [
      ['Task', 'Nov 25, 2026 at 9:00 AM', '<p>Send the deck to Mara</p>'],
      ['Task', 'Nov 26, 2026 at 9:00 AM', '<p>Book the QBR</p>'],
    ],
    call: ['Logged call', 'Nov 12, 2026 at 10:02 AM', '<p>Walked Mara through the pricing.</p>'],
  },
  'de-DE': {
    wording: DE,
    upcoming: 'Anstehend',
    tasks: [
      ['Aufgabe', '25. Nov. 2026 um 09:00', '<p>Deck an Mara schicken</p>'],
      ['Aufgabe', '26. Nov. 2026 um 09:00', '<p>QBR buchen</p>'],
    ],
    call: ['Anruf protokolliert', '12. Nov. 2026 um 10:02', '<p>Preise besprochen.</p>'],
  },
} as const;

const touches = ({ activities }: Reading) =>
  activities.map(({ type, timestamp, planned }) => ({ type, timestamp, planned: planned ?? false }));

const call = { type: 'call', timestamp: '2026-11-12T10:02:00.000Z', planned: false };
const task = (day: number) => ({ type: 'task', timestamp: `2026-11-${day}T09:00:00.000Z`, planned: true });

describe.each(Object.entries(pages))(
  'HubSpot without test ids (%s): a past call listed flat after the wrapped "Upcoming" group',
  (_, page) => {
    it.each([
      ['one task', 1, [task(25)]],
      ['two tasks', 2, [task(25), task(26)]],
    ])('is read after a group of %s', (_, count, planned) => {
      const upcoming = group(page.upcoming, page.tasks.slice(0, count).map(entry));
      const reading = readHubSpot(hashedRecord(page.wording, [upcoming, entry(page.call)]));
      expect(touches(reading)).toEqual([...planned, call]);
      expect(reading.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
    });
  },
);
