import { describe, expect, it } from 'vitest';
import { doneCall, entry, readPerson } from './person-page-with-focus-and-history';

/**
 * Review s52 (fixed). A call logged by a calling integration shows its day, its length and its
 * outcome on one line: "Nov 14 · 1:02 · Left voicemail · Sam Ortiz". On an en-US page a time of
 * day is printed with AM/PM ("Nov 14, 2026 at 3:10 PM", as every other entry shows), so a bare
 * "1:02" is the call's length (duration.ts already knows "00:02:35" and "2m 35s"). It was
 * read as the time 1:02 with minute precision: a confident time the page never showed.
 * decisions.md keys a touch by its minute only "when a time is shown, else the date as printed";
 * a wrong minute keeps this copy from merging with the same call seen elsewhere with its real
 * time (duplicate rule 3: within 2 minutes), so it counts twice. The page shows its clock by the
 * done call beside it ("November 13, 2026 at 2:00 PM"): the language tag alone never says a bare
 * time is a length (an English page may print "14:05", shown-clock.ts).
 */
const call = (meta: string) =>
  entry('Call', `<div><a href="/activities/814">Outgoing call</a></div><div class="CallLog_meta__b2">${meta}</div>`);

const callLog = call('<span>Nov 14</span> · <span>1:02</span> · <span>Left voicemail</span> · <span>Sam Ortiz</span>');

/** A done meeting printing its day and its AM/PM time as pieces of their own, as the call log does. */
const meetingInPieces = entry(
  'Meeting',
  `<div><a href="/activities/813">Pilot demo</a></div><div class="FlowItem_meta__z8Qp1"><span>Nov 13, 2026</span> · <span>2:00 PM</span> · Sam Ortiz</div>`,
);

function outgoingCall(feed: string) {
  const r = readPerson(feed);
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.find((activity) => activity.title === 'Outgoing call');
}

describe('a call log line with the call’s length beside a date without a time', () => {
  it('keeps the day and no time of day', () => {
    const a = outgoingCall(callLog + doneCall);
    expect(a?.outcome).toBe('voicemail');
    expect([a?.timestamp, a?.timePrecision]).toEqual(['2026-11-14T00:00:00.000Z', 'day']);
  });

  it('keeps the day alone where the page prints its AM/PM times apart from their day', () => {
    const a = outgoingCall(callLog + meetingInPieces);
    expect([a?.timestamp, a?.timePrecision]).toEqual(['2026-11-14T00:00:00.000Z', 'day']);
  });
});
