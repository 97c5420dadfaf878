import { describe, expect, it } from 'vitest';
import { cadenceRuns, matchedSteps, spacingAfterStep } from '../../../lib/metrics/cadence';
import { DEFAULT_CADENCES } from '../../../lib/schema/settings';
import { at, call, email, reply, settings, social, touchesOf } from './builders';

const midMarket = DEFAULT_CADENCES['mid-market'];

describe('cadence runs', () => {
  it('matches outbound touches to steps in order and stops at the reply', () => {
    const touches = touchesOf([
      email(at('2026-11-09 09:00'), 'Route pricing v2'),
      call(at('2026-11-11 10:00'), 'voicemail'),
      reply(at('2026-11-11 15:30')),
      email(at('2026-11-12 09:00'), 'Re: Route pricing v2 — times for a call'),
    ]);
    const runs = cadenceRuns(touches, settings());
    expect(runs).toHaveLength(1);
    expect(runs[0]?.outbound).toHaveLength(3);
    expect(runs[0]?.replyAt?.toISOString()).toBe(at('2026-11-11 15:30'));
    expect(matchedSteps(runs[0] as (typeof runs)[number], midMarket)).toBe(2);
  });

  it('starts a new cadence at the first outbound touch after more than 14 days of silence', () => {
    const touches = touchesOf([
      email(at('2026-09-14 09:00'), 'Intro'),
      call(at('2026-09-16 10:00'), 'no-answer'),
      email(at('2026-09-30 09:00'), 'Checking in'),
      email(at('2026-10-14 09:00'), 'Exactly 14 days later: same cadence'),
      email(at('2026-11-16 09:00'), 'New quarter, new pricing'),
    ]);
    const runs = cadenceRuns(touches, settings());
    expect(runs.map((r) => r.outbound.length)).toEqual([4, 1]);
  });

  it('lets a reply after the silence answer the run it follows, so the rep’s answer is no new cadence', () => {
    const touches = touchesOf([
      email(at('2026-09-14 09:00')),
      reply(at('2026-11-02 10:00'), 'Re: back from leave'),
      email(at('2026-11-03 09:00'), 'Re: Re: back from leave'),
    ]);
    const runs = cadenceRuns(touches, settings());
    expect(runs).toHaveLength(1);
    expect(runs[0]?.replyAt).toEqual(new Date(at('2026-11-02 10:00')));
    expect(runs[0]?.outbound).toHaveLength(2);
  });

  it('lets an inbound lead’s first message start nothing: the rep’s answer is step 1', () => {
    const touches = touchesOf([reply(at('2026-11-16 08:50'), 'Demo request'), social(at('2026-11-16 09:30'))]);
    const runs = cadenceRuns(touches, settings());
    expect(runs).toHaveLength(1);
    expect(runs[0]?.replyAt).toBeUndefined();
  });

  it('caps the matched steps at the cadence length', () => {
    const touches = touchesOf(
      ['02', '03', '04', '05', '06', '09', '10', '11'].map((d) => email(at(`2026-11-${d} 09:00`), `Note ${d}`)),
    );
    const [run] = cadenceRuns(touches, settings());
    expect(run && matchedSteps(run, midMarket)).toBe(6);
  });
});

describe('spacingAfterStep', () => {
  it.each([
    [1, 2],
    [3, 3],
    [5, 4],
    [6, undefined],
  ])('plans %i → next step at %s days', (step, spacing) => {
    expect(spacingAfterStep(midMarket, step)).toBe(spacing);
  });
});
