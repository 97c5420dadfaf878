import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { DEFAULT_CADENCES } from '../../../lib/schema/settings';
import { call, contact, email, LA, NOW, settings } from './builders';

/**
 * Next touch due and cadence gaps for 400 random outbound-only histories (emails and unanswered
 * calls with a time of day, over the 40 days before NOW, weekends excluded or not), against a
 * reference written from metrics.md alone (no lib/metrics code): mid-market cadence, 14-day
 * follow-up limit, days in Los Angeles.
 * - Runs: a silence longer than the limit starts a new cadence; the n-th touch of a run is step n.
 * - Next touch: the next step, its planned spacing after the last one done; after the last step, a
 *   follow-up the limit after the last touch. Once the silence since the last touch is longer
 *   than the limit, step 1 of a new cadence, due when what it replaces was due or when the limit
 *   ran out, whichever came first (a touch that was due and not done stays overdue).
 * - Gaps: an interval from a step to the next outbound touch (or now) longer than the spacing to
 *   the next step + 1 day of grace; after the last step, longer than the limit. Only gaps ending
 *   in the 30-day period count.
 */
const STEPS = DEFAULT_CADENCES['mid-market'];
const LIMIT = 14;
const DAY = 86_400_000;
const PERIOD_START = NOW.getTime() - 30 * DAY;

/** Days since 1970-01-01 of the calendar day an instant falls on in Los Angeles. */
function dayOf(iso: string): number {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: LA, year: 'numeric', month: '2-digit', day: '2-digit' });
  return Math.round(Date.parse(`${day.format(new Date(iso))}T00:00:00Z`) / DAY);
}
const isWeekend = (day: number) => [0, 6].includes(new Date(day * DAY).getUTCDay());
function daysBetween(from: number, to: number, businessDays: boolean): number {
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (!businessDays || !isWeekend(day)) count++;
  return count;
}
function daysAfter(from: number, n: number, businessDays: boolean): number {
  let day = from;
  for (let left = n; left > 0; ) {
    day++;
    if (!businessDays || !isWeekend(day)) left--;
  }
  return day;
}
const dayText = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const spacingAfter = (step: number) => {
  const current = STEPS[step - 1];
  const next = STEPS[step];
  return current && next ? next.day - current.day : undefined;
};

/** A deterministic pseudo-random sequence in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

function expected(times: readonly string[], businessDays: boolean) {
  const days = times.map(dayOf);
  const today = dayOf(NOW.toISOString());
  const stepOf: number[] = [];
  days.forEach((day, i) => {
    const previous = days[i - 1];
    stepOf.push(previous === undefined || day - previous > LIMIT ? 1 : (stepOf[i - 1] ?? 0) + 1);
  });
  const lastDay = days.at(-1) as number;
  const lastStep = stepOf.at(-1) as number;
  const spacing = spacingAfter(lastStep);
  const next = STEPS[lastStep];
  const planned =
    spacing !== undefined && next
      ? { day: daysAfter(lastDay, spacing, businessDays), step: lastStep + 1, channel: next.channel }
      : { day: lastDay + LIMIT, step: 0, channel: times.length % 2 === 0 ? 'call' : 'email' };
  const nextDue =
    today - lastDay > LIMIT ? { day: Math.min(planned.day, lastDay + LIMIT), step: 1, channel: 'email' } : planned;
  let gaps = 0;
  days.forEach((from, i) => {
    const end = times[i + 1] ?? NOW.toISOString();
    const to = dayOf(end);
    const stepsLeft = spacingAfter(stepOf[i] as number);
    const late = stepsLeft !== undefined ? daysBetween(from, to, businessDays) > stepsLeft + 1 : to - from > LIMIT;
    if (late && Date.parse(end) >= PERIOD_START) gaps++;
  });
  return { nextDue: { date: dayText(nextDue.day), step: nextDue.step, channel: nextDue.channel }, gaps };
}

describe('next touch due and gaps for random outbound histories, as the hand reference gives them', () => {
  it('agrees on 400 histories', () => {
    const next = random(7);
    const disagreements: unknown[] = [];
    for (let i = 0; i < 400; i++) {
      const businessDays = next() < 0.7;
      const count = 1 + Math.floor(next() * 6);
      const times = Array.from({ length: count }, () => {
        const at = NOW.getTime() - Math.floor(next() * 40 * DAY);
        return new Date(Math.floor(at / 60_000) * 60_000).toISOString();
      }).sort();
      // Emails and calls alternate, so the last touch's channel is known from the count.
      const activities = times.map((at, n) => (n % 2 ? call(at, 'no-answer') : email(at, `E${n}`)));
      const view = buildContactView({
        contact: contact(),
        activities,
        settings: settings({ businessDays }),
        now: NOW,
        pageTimeZone: LA,
      });
      const want = expected(times, businessDays);
      const got = { nextDue: view.cadence.nextDue, gaps: view.cadence.gaps.length };
      if (
        got.gaps !== want.gaps ||
        got.nextDue?.date !== want.nextDue.date ||
        got.nextDue.step !== want.nextDue.step ||
        got.nextDue.channel !== want.nextDue.channel
      )
        disagreements.push({ businessDays, times, want, got });
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});
