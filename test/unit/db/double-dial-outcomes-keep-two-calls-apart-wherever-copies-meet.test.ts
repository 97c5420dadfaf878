import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { sameTouch } from '../../../lib/db/same-touch';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import { isDuplicate, type TouchCopy } from '../../../lib/metrics/duplicate-rules';
import type { Activity } from '../../../lib/schema/activity';
import { call, dealKey, LA, at as local, NOW } from '../metrics/builders';
import { anaKey, callsOn, connectRateOn } from './hand-pages';
import { at, world } from './logged-story';

/**
 * metrics.md "Duplicate": a double dial is two attempts, and a double capture has the same outcome.
 * Two calls whose outcomes both show and differ (one unanswered, one connected) are two touches
 * wherever copies are matched: the metrics' merge (and an import's match, isDuplicate), the
 * cache's sameTouch (logged touches, the page copies a reading compares), logging a touch again.
 * Copies of one call where one page did not show the outcome stay one touch.
 */
const noAnswer = call(local('2026-11-19 16:30'), 'no-answer');
const connected = call(local('2026-11-19 16:31'), 'connected');
// The deal page's copy of one of them: the same call, its outcome not shown, naming nobody.
const dealCopy = call(local('2026-11-19 16:30'), null, { contactKeys: [], dealKeys: [dealKey('7001')] });
const noDeals = new Map<string, string[]>();
const copyOf = (activity: Activity): TouchCopy => ({
  activity,
  channel: 'call',
  at: new Date(activity.timestamp as string),
});
// Viewed on the deal, whose page copy names nobody.
const touches = (activities: Activity[]) =>
  collectTouches(activities, { now: NOW, timeZone: LA, scopeKey: dealKey('7001') }).touches;

describe('two calls a minute apart, no answer then connected, without CRM ids', () => {
  it('are two touches to the duplicate rules and to the cache', () => {
    expect(isDuplicate(copyOf(noAnswer), copyOf(connected), { timeZone: LA })).toBe(false);
    expect(sameTouch(noAnswer, connected, noDeals)).toBe(false);
  });

  it('stay two when a copy that shows no outcome is within 2 minutes of both', () => {
    const merged = touches([noAnswer, dealCopy, connected]);
    expect(merged).toHaveLength(2);
    expect(merged.map((touch) => touch.activity.outcome).sort()).toEqual(['connected', 'no-answer']);
  });

  it('a copy that shows no outcome is still the call that shows one', () => {
    expect(sameTouch(dealCopy, connected, new Map([[dealKey('7001'), [connected.contactKeys[0] as string]]]))).toBe(
      true,
    );
    expect(isDuplicate(copyOf(dealCopy), copyOf(noAnswer), { timeZone: LA, scopeKey: dealKey('7001') })).toBe(true);
  });

  it("a page copy carrying a logged touch's outcome is compared as its page showed it", () => {
    // The logged "Connected" stands in for an outcome the page did not show (withUserFields).
    const halfAMinuteOn = new Date(Date.parse(noAnswer.timestamp as string) + 30_000).toISOString();
    const withUsers: Activity = { ...call(halfAMinuteOn, 'connected'), pageOwn: { outcome: 'unknown' } };
    expect(sameTouch(withUsers, noAnswer, noDeals)).toBe(true);
  });
});

describe('logging a double dial in the panel', () => {
  it('"No answer", then "Connected" a minute later, are two calls with one connect', async () => {
    const db = await world();
    const first = await logTouch(db, { recordKey: anaKey, channel: 'call', outcome: 'no-answer' }, at(21));
    const second = await logTouch(db, { recordKey: anaKey, channel: 'call', outcome: 'connected' }, at(20));
    expect(second.key).not.toBe(first.key);
    expect(await callsOn(db, anaKey)).toBe(2);
    expect((await connectRateOn(db, anaKey)).numerator).toBe(1);
  });

  it('the same outcome logged twice within 2 minutes is still one call', async () => {
    const db = await world();
    const first = await logTouch(db, { recordKey: anaKey, channel: 'call', outcome: 'connected' }, at(21));
    const second = await logTouch(db, { recordKey: anaKey, channel: 'call', outcome: 'connected' }, at(20));
    expect(second.key).toBe(first.key);
  });
});
