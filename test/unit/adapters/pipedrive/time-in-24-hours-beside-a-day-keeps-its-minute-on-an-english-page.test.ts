import { describe, expect, it } from 'vitest';
import { entry, readPerson } from './person-page-with-focus-and-history';

/**
 * A Pipedrive person page in English (`<html lang="en">`, no region) for a user whose settings print
 * a 24-hour clock (crm-evidence-2.md: dates in the page's locale, `<html lang>`, "the CRM's own
 * settings where shown"). The History's done activities show the day and the time of day as
 * separate pieces of one line ("Nov 17, 2026 · 14:05 · Sam Ortiz"), the "day · time" layout the
 * adapter has read to the minute since before this session (item-date.ts withTimeSegment).
 *
 * Times of 14:05 and 16:40 say the page's clock is 24-hour, and decisions.md keys a touch by its
 * minute "when a time is shown". Review s52 (fixed): isLengthBesideDay took every bare "h:mm"
 * beside a day for a call's length when the page's clock was guessed 12-hour, and the guess never
 * saw these times (they stand in a piece without a date) and fell back on `lang="en"` → 12-hour;
 * now only AM/PM times the page prints say so (shown-clock.ts). Every touch lost its time, and
 * today's 09:30 meeting, then date-only and dated today, was no longer held (metrics.md: a meeting
 * "with only a date that is today or later, is not (yet) a touch").
 */
const done = (icon: string, id: number, title: string, day: string, time: string) =>
  entry(
    icon,
    `<div class="FlowItem_header__z8Qp1"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">${title}</a></div><div class="FlowItem_meta__z8Qp1"><span>${day}</span> · <span>${time}</span> · Sam Ortiz</div>`,
  );

const FEED = [
  done('Meeting', 812, 'Pilot kickoff', 'Nov 20, 2026', '09:30'),
  done('Call', 811, 'Pricing call', 'Nov 17, 2026', '14:05'),
  done('Email', 810, 'Pilot pricing sent', 'Nov 16, 2026', '16:40'),
].join('');

function readAll() {
  const r = readPerson(FEED, '', 'en');
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.map((a) => [a.title, a.timestamp, a.timePrecision]);
}

describe('a 24-hour English Pipedrive page printing the time beside the day', () => {
  it('reads each done activity to the minute the page shows', () => {
    expect(readAll()).toEqual([
      ['Pilot kickoff', '2026-11-20T09:30:00.000Z', 'minute'],
      ['Pricing call', '2026-11-17T14:05:00.000Z', 'minute'],
      ['Pilot pricing sent', '2026-11-16T16:40:00.000Z', 'minute'],
    ]);
  });
});
