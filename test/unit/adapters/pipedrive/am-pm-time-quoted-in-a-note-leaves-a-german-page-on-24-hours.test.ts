import { describe, expect, it } from 'vitest';
import { date, entry, readPerson } from './person-page-with-focus-and-history';

/**
 * A German Pipedrive person page (`lang="de-DE"`, 24-hour clock) whose done meeting shows
 * "20.11.2026 · 09:30" and whose History holds the rep's note quoting a US contact: "Lena (Boston)
 * schlägt vor: Donnerstag, 2:00 PM". The note's time is its writer's, not the page's clock.
 *
 * Review s52 (regress52c, fixed): showsTwelveHourClock took any piece between commas of any text
 * node that was an AM/PM time: the note's "2:00 PM" made the page 12-hour, "09:30" a call's
 * length, and the meeting lost its minute (decisions.md: a touch keyed by its minute when a time
 * is shown; a copy of it with the time then fails to merge, metrics.md duplicate rules). Now only
 * an AM/PM time beside a date or as a whole text node of its own says so (shown-clock.ts).
 */
const meeting = entry(
  'Meeting',
  `<div class="FlowItem_header__z8Qp1"><button type="button" role="checkbox" aria-checked="true" aria-label="Als nicht erledigt markieren"></button><a href="/activities/812">Pilot-Kickoff</a></div><div class="FlowItem_meta__z8Qp1"><span>20.11.2026</span> · <span>09:30</span> · Sam Ortiz</div>`,
);
const note = entry(
  'Note',
  `<div class="FlowItem_note__z8Qp1"><p>Lena (Boston) schlägt vor: Donnerstag, 2:00 PM</p></div><div>${date('13.11.2026')} · Sam Ortiz</div>`,
);

describe('a German page whose note quotes an AM/PM time', () => {
  it('reads the done meeting to its minute', () => {
    const r = readPerson(meeting + note, '', 'de-DE');
    if (r.status !== 'read') throw new Error(r.status);
    const kickoff = r.activities.find((a) => a.title === 'Pilot-Kickoff');
    expect([kickoff?.timestamp, kickoff?.timePrecision]).toEqual(['2026-11-20T09:30:00.000Z', 'minute']);
  });
});
