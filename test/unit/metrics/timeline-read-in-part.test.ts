import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import {
  COLD_READ_IN_PART,
  GAPS_READ_IN_PART,
  NEXT_STEP_READ_IN_PART,
  withTimelineReadInPart,
} from '../../../lib/metrics/timeline-read-in-part';
import type { Activity } from '../../../lib/schema/activity';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, call, contact, email, loadMoreUnder, NOW, reply, settings, undated } from './builders';

const viewOf = (activities: Activity[]) =>
  buildContactView({
    contact: contact({ createdAt: at('2026-09-01 08:00') }),
    activities,
    settings: settings(),
    now: NOW,
  });

/** A timeline filtered to one type (HubSpot's activity filter): items of any date may be hidden. */
const FILTERED: NotRead[] = [{ field: 'activities', reason: 'the timeline is filtered to "Emails"' }];

/**
 * What a timeline read in part changes in a contact's view, by hand: the figures that hang on the
 * oldest or newest touch read are hedged, the counts of what was read are not.
 */
describe('withTimelineReadInPart', () => {
  const worked = [
    call(at('2026-11-10 10:00'), 'no-answer'),
    email(at('2026-11-16 09:00')),
    reply(at('2026-11-17 11:00')),
  ];

  it('withholds lead response time, a connect rate of none connected and no meeting held, and marks the view, leaving the counts and the due date as read', () => {
    const read = viewOf(worked);
    // 10 Nov 10:00 − 1 Sep 08:00 in LA: 70 days and 2 h on the wall clock, and the hour 1 Nov's fall-back adds.
    expect(read.outcomes.leadResponseHours).toBe(1683);
    const hedged = withTimelineReadInPart(read, FILTERED);
    expect(hedged.timelineReadInPart).toBe(true);
    // A filter may hide items of the period: no call read connected is no confident 0 %, nor no meeting a confident 0.
    expect(read.outcomes.replyRate).toMatchObject({ numerator: 1, value: 1 });
    expect(read.outcomes.connectRate).toMatchObject({ numerator: 0, value: 0 });
    expect(read.outcomes.meetingsHeld).toBe(0);
    expect(hedged.outcomes).toEqual({
      ...read.outcomes,
      leadResponseHours: null,
      connectRate: { ...read.outcomes.connectRate, value: null, reason: 'outcomes-not-read' },
      meetingsHeldNotKnown: true,
    });
    expect(hedged.touches).toEqual(read.touches);
    expect(hedged.cadence.nextDue).toEqual(read.cadence.nextDue);
    expect(hedged.cadence.nextDueReason).toBe(NEXT_STEP_READ_IN_PART);
  });

  it('adds its caveat after the undated touches’ one, and to gone cold after its reason', () => {
    const read = viewOf([email(at('2026-10-01 09:00')), undated('at the trade show')]);
    expect(read.cadence.goneCold).toBe(true);
    const hedged = withTimelineReadInPart(read, FILTERED).cadence;
    expect(hedged.nextDueReason).toBe(`${read.cadence.nextDueReason} ${NEXT_STEP_READ_IN_PART}`);
    expect(hedged.goneColdReason).toBe(`${read.cadence.goneColdReason} ${COLD_READ_IN_PART}`);
  });

  it('leaves a next step that could not be dated, and a contact not gone cold, as they were', () => {
    const notDated = viewOf([undated('at the trade show')]);
    expect(notDated.cadence.nextDue).toBeNull();
    expect(withTimelineReadInPart(notDated, FILTERED).cadence).toEqual(notDated.cadence);
    const warm = viewOf(worked);
    expect(warm.cadence.goneCold).toBe(false);
    expect(withTimelineReadInPart(warm, FILTERED).cadence).not.toHaveProperty('goneColdReason');
  });

  it('hedges once however often it is applied', () => {
    const once = withTimelineReadInPart(viewOf(worked), FILTERED);
    expect(withTimelineReadInPart(once, FILTERED)).toEqual(once);
  });
});

/**
 * metrics.md Cadence: a reply ends the cadence, and the first outbound touch after a silence longer
 * than the follow-up limit (14 days) starts a new one. Loaded back to 8 Oct ("Load more" under it):
 * the reply of 10 Oct and the 18 silent days after it are read, so what was not loaded (older than
 * 8 Oct) can neither number the steps of the run begun 28 Oct nor fall between its touches. Loaded
 * back only to 28 Oct, no silence is read: a touch not loaded may be 20 Oct, and 28 Oct step 2.
 */
describe('withTimelineReadInPart, older items not loaded before a silence read whole', () => {
  const since = [
    email(at('2026-10-28 10:00')),
    call(at('2026-11-05 14:00'), 'no-answer'),
    email(at('2026-11-10 09:00')),
    reply(at('2026-11-18 16:00')),
  ];
  const hedged = (shown: ReturnType<typeof email>[]) =>
    withTimelineReadInPart(viewOf(shown), [loadMoreUnder(shown)]).cadence;

  it('dates the next step and counts the gaps with no caveat', () => {
    const cadence = hedged([email(at('2026-10-08 08:45')), reply(at('2026-10-10 11:30')), ...since]);
    expect(cadence.nextDue).toMatchObject({ date: '2026-12-02', kind: 'follow-up' });
    expect(cadence.nextDueReason ?? '').not.toContain(NEXT_STEP_READ_IN_PART);
    expect(cadence.gapsReason ?? '').not.toContain(GAPS_READ_IN_PART);
  });

  it('keeps the gaps caveat when the silence began in the period: a gap from a touch not read may end there', () => {
    // Loaded back to 30 Oct (in the 30 days): an email not loaded on 2 Oct would make 2 → 30 Oct a 28-day gap.
    const shown = [email(at('2026-10-30 10:00')), email(at('2026-11-15 10:00'))];
    const cadence = hedged(shown);
    expect(cadence.gapsReason).toContain(GAPS_READ_IN_PART);
  });

  it('keeps the next step caveat when a touch of unknown date may fall in the silence', () => {
    const shown = [email(at('2026-10-08 08:45')), reply(at('2026-10-10 11:30')), ...since];
    const cadence = withTimelineReadInPart(viewOf([...shown, undated('at the trade show')]), [
      loadMoreUnder(shown),
    ]).cadence;
    expect(cadence.nextDueReason).toContain(NEXT_STEP_READ_IN_PART);
  });

  it('keeps both caveats when the silence begins before what was loaded', () => {
    const cadence = hedged(since);
    expect(cadence.nextDueReason).toContain(NEXT_STEP_READ_IN_PART);
    expect(cadence.gapsReason).toContain(GAPS_READ_IN_PART);
  });
});
