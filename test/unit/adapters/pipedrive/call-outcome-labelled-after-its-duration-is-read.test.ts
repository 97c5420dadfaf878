import { describe, expect, it } from 'vitest';
import { date, entry, readPerson } from './person-page-with-focus-and-history';

/**
 * Review s59 (pdgen). A call logged by Pipedrive's Caller shows its facts on one meta line set apart
 * by middle dots ("Duration 04:12 · Outcome: Connected"). An outcome was read at a line's start after
 * a short label, or at the start of each part after a dot, never after a label inside such a part;
 * and the line's own label ended at the colon of "04:12". The call the page says connected came out
 * `unknown`, and the connect rate left it out (metrics.md: an unread outcome is an attempt, outcome
 * unknown).
 */
const call = (id: number, day: string, meta: string) =>
  entry(
    'Call',
    `<div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">Outgoing call to Lena Vogt</a></div><div>${date(day)} · Sam Ortiz</div><div>${meta}</div>`,
  );

describe('a Caller call whose labelled outcome follows its duration on one dotted line', () => {
  it.each([
    ['Duration 04:12 · Outcome: Connected', 'connected'],
    ['Duration 00:31 · Outcome: No answer', 'no-answer'],
    ['Duration 00:48 • Result: Left voicemail', 'voicemail'],
    ['Duration 04:12 · Outcome : Busy', 'busy'],
  ])('"%s" is %s', (meta, outcome) => {
    const r = readPerson(call(11, 'November 19, 2026 at 2:10 PM', meta));
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.map((a) => a.outcome)).toEqual([outcome]);
  });

  it('a duration alone states no outcome', () => {
    const r = readPerson(call(12, 'November 19, 2026 at 2:10 PM', 'Duration 04:12 · Recording: 04:12'));
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.map((a) => a.outcome)).toEqual(['unknown']);
  });
});
