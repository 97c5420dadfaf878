import { describe, expect, it } from 'vitest';
import { entry, readPerson } from './person-page-with-focus-and-history';

/**
 * A Pipedrive person page in US English (`lang="en-US"`) whose History holds only calls logged by
 * a calling integration: "Nov 14 · 1:02 · Left voicemail", the day, the call's length, its outcome
 * (a cold-call prospect). The page prints no time of day at all, so nothing it shows says its
 * clock: the language tag's region does (en-US: 12-hour), and "1:02" is a length.
 *
 * Review s52 (regress52c, fixed): the clock was taken only from AM/PM times the page printed, so
 * here each call got a time of day it never showed (1:02 a.m., minute precision); decisions.md
 * keys a touch by its minute only "when a time is shown", and a wrong minute keeps the call from
 * merging with its copy seen with its real time (metrics.md, duplicate rules 2-3): it counted twice.
 */
const call = (id: number, day: string, length: string) =>
  entry(
    'Call',
    `<div><a href="/activities/${id}">Outgoing call</a></div><div class="CallLog_meta__b2"><span>${day}</span> · <span>${length}</span> · <span>Left voicemail</span> · <span>Sam Ortiz</span></div>`,
  );

describe('a US English page listing only dialer calls with their lengths', () => {
  it('keeps each call on its day, no time of day', () => {
    const r = readPerson(call(814, 'Nov 14', '1:02') + call(815, 'Nov 12', '0:45'));
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.map((a) => [a.timestamp, a.timePrecision])).toEqual([
      ['2026-11-14T00:00:00.000Z', 'day'],
      ['2026-11-12T00:00:00.000Z', 'day'],
    ]);
  });
});
