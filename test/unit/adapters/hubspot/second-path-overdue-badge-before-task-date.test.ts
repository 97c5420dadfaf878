// @vitest-environment happy-dom
/**
 * Review s48. Without test ids (README: the second path) an overdue task shows a badge just before
 * its date line ("Task | Overdue | Nov 17, 2026 at 9:00 AM"). The item finder took "Overdue", the
 * wording of the overdue group's heading, for a group's heading standing before the item: the item
 * ended at its date line, said nothing more, and the task vanished without a note. A group's heading
 * stands before a block of the timeline, never beside a bare date line (item-bounds.ts).
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
    month: 'November 2026',
    overdue: ['Task', 'Overdue', 'Nov 17, 2026 at 9:00 AM', '<p>Send the deck to Mara</p>'],
    next: ['Task', 'Nov 25, 2026 at 9:00 AM', '<p>Book the QBR</p>'],
    call: ['Logged call', 'Nov 12, 2026 at 10:02 AM', '<p>Walked Mara through the pricing.</p>'],
  },
  'de-DE': {
    wording: DE,
    upcoming: 'Anstehend',
    month: 'November 2026',
    overdue: ['Aufgabe', 'Überfällig', '17. Nov. 2026 um 09:00', '<p>Deck an Mara schicken</p>'],
    next: ['Aufgabe', '25. Nov. 2026 um 09:00', '<p>QBR buchen</p>'],
    call: ['Anruf protokolliert', '12. Nov. 2026 um 10:02', '<p>Preise besprochen.</p>'],
  },
} as const;

const tasks = ({ activities }: Reading) =>
  activities
    .filter((a) => a.type === 'task')
    .map(({ title, timestamp, planned }) => ({ title, timestamp, planned: planned ?? false }));

describe.each(Object.entries(pages))(
  'HubSpot without test ids (%s): a task with an "Overdue" badge before its date',
  (_, page) => {
    const [header, badge, when, body] = page.overdue;
    const overdue = preview(header, when, body, { badge });
    const overdueTask = { title: body.replace(/<\/?p>/g, ''), timestamp: '2026-11-17T09:00:00.000Z', planned: true };

    it('is read whole, beside the other planned task and the past call', () => {
      const reading = readHubSpot(
        hashedRecord(page.wording, [
          group(page.upcoming, [overdue, entry(page.next)]),
          group(page.month, [entry(page.call)]),
        ]),
      );
      expect(tasks(reading)).toEqual([
        overdueTask,
        { title: page.next[2].replace(/<\/?p>/g, ''), timestamp: '2026-11-25T09:00:00.000Z', planned: true },
      ]);
      expect(reading.activities.map((a) => a.type)).toEqual(['task', 'task', 'call']);
    });

    it("is read when it is the timeline's only item", () => {
      const reading = readHubSpot(hashedRecord(page.wording, [group(page.upcoming, [overdue])]));
      expect(tasks(reading)).toEqual([overdueTask]);
      expect(reading.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
    });
  },
);
