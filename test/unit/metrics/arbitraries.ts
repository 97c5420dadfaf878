import fc from 'fast-check';
import type { Activity } from '../../../lib/schema/activity';
import type { Settings } from '../../../lib/schema/settings';
import { dealKey, JORDAN, NOW, RITA, SAM, settings, TENANT } from './builders';

const DEAL = dealKey('5101');
const MINUTE = 60_000;
const DAY = 86_400_000;
const TITLES = [
  'Route pricing v2',
  'Quick question on your fleet',
  'Following up',
  'Call with Jordan Lee',
  'Next steps',
];
const REPS = ['Alex Morgan', 'Casey Nguyen', undefined];

/**
 * Instants clustered around a few moments of the last four months, so that copies within two
 * minutes, on the same day and across a daylight-saving change all come up often.
 */
const instant = fc
  .tuple(fc.integer({ min: -125, max: 3 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 5 }))
  .map(([day, hour, minutes]) =>
    new Date(NOW.getTime() + day * DAY + hour * 60 * MINUTE + minutes * 37_000).toISOString(),
  );

const activityFields = fc.record({
  type: fc.constantFrom('call', 'email', 'meeting', 'social', 'sms', 'note', 'task', 'system'),
  direction: fc.constantFrom('outbound', 'outbound', 'inbound', 'unknown'),
  timestamp: fc.option(instant, { nil: undefined, freq: 12 }),
  title: fc.constantFrom(...TITLES),
  automated: fc.boolean(),
  outcome: fc.option(
    fc.constantFrom('connected', 'no-answer', 'voicemail', 'held', 'no-show', 'cancelled', 'unknown'),
    {
      nil: undefined,
    },
  ),
  planned: fc.option(fc.boolean(), { nil: undefined, freq: 4 }),
  sourceId: fc.option(fc.constantFrom('88001', '88002', '88003'), { nil: undefined, freq: 4 }),
  contactKeys: fc.subarray([JORDAN, SAM, RITA], { maxLength: 2 }),
  onDeal: fc.boolean(),
  origin: fc.constantFrom('page', 'page', 'import', 'logged-in-touchline'),
  owner: fc.constantFrom(...REPS),
});

/** Realistic-looking activities with unique keys, as the store hands them to metrics. */
export const activities = (maxLength = 40): fc.Arbitrary<Activity[]> =>
  fc.array(activityFields, { maxLength }).map(
    (rows) =>
      rows.map(({ onDeal, timestamp, outcome, planned, sourceId, owner, ...row }, i) => ({
        ...row,
        key: `hubspot:${TENANT}:activity:${80_000 + i}`,
        crm: 'hubspot' as const,
        tenant: TENANT,
        dealKeys: onDeal ? [DEAL] : [],
        ...(['call', 'email', 'meeting', 'social', 'sms'].includes(row.type) ? { channel: row.type } : {}),
        ...(timestamp ? { timestamp } : { dateText: 'a while ago' }),
        ...(outcome ? { outcome } : {}),
        ...(planned !== undefined ? { planned } : {}),
        ...(sourceId ? { sourceId } : {}),
        ...(owner ? { owner } : {}),
      })) as Activity[],
  );

/**
 * Non-touches of every kind: notes, tasks, system events, cancelled or no-show meetings, meetings
 * still ahead, a past meeting still shown as planned, a meeting shown only as "Today".
 */
export const nonTouch: fc.Arbitrary<Activity> = fc
  .record({
    kind: fc.constantFrom('note', 'task', 'system', 'cancelled', 'no-show', 'ahead', 'past-planned', 'today'),
    timestamp: instant,
    title: fc.constantFrom(...TITLES),
    contactKeys: fc.subarray([JORDAN, SAM], { maxLength: 1 }),
  })
  .map(({ kind, timestamp, title, contactKeys }) => {
    const base = {
      key: `hubspot:${TENANT}:activity:99999`,
      crm: 'hubspot' as const,
      tenant: TENANT,
      title,
      contactKeys,
    };
    const common = {
      ...base,
      dealKeys: [DEAL],
      direction: 'outbound' as const,
      automated: false,
      origin: 'page' as const,
    };
    if (kind === 'note' || kind === 'task' || kind === 'system') return { ...common, type: kind, timestamp };
    if (kind === 'ahead') {
      const later = new Date(NOW.getTime() + 2 * DAY).toISOString();
      return { ...common, type: 'meeting', channel: 'meeting', planned: true, timestamp: later };
    }
    if (kind === 'past-planned') return { ...common, type: 'meeting', channel: 'meeting', planned: true, timestamp };
    if (kind === 'today') {
      // 14:00 UTC on 20 Nov is "today" in every zone the settings use, Sydney (already 21 Nov) included.
      const midnight = new Date(Date.UTC(2026, 10, 20, 14)).toISOString();
      return { ...common, type: 'meeting', channel: 'meeting', timePrecision: 'day', timestamp: midnight };
    }
    return { ...common, type: 'meeting', channel: 'meeting', outcome: kind, timestamp };
  });

export const userSettings: fc.Arbitrary<Settings> = fc
  .record({
    timeZone: fc.constantFrom('America/Los_Angeles', 'UTC', 'Europe/Berlin', 'Australia/Sydney'),
    motion: fc.constantFrom('smb', 'mid-market', 'enterprise', 'inbound'),
    countAutomated: fc.boolean(),
    businessDays: fc.boolean(),
    period: fc.constantFrom('30d' as const, '7d' as const, '90d' as const, 'this-quarter' as const),
  })
  .map((overrides) => settings(overrides));
