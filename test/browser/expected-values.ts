/**
 * The numbers a panel should show, worked out from a fixture's expected JSON with metrics.md's
 * rules written out plainly here, independently of lib/metrics: a second opinion, not a copy.
 */
interface FixtureActivity {
  key: string;
  type: string;
  direction: string;
  timestamp?: string;
  timePrecision?: 'minute' | 'day';
  title: string;
  automated: boolean;
  outcome?: string;
  planned?: boolean;
  sourceId?: string;
}
type Dated = FixtureActivity & { timestamp: string };

const CHANNELS = ['call', 'email', 'meeting', 'social', 'sms'] as const;
const DAY = 86_400_000;
const TWO_MINUTES = 120_000;

/**
 * Planned items are never touches; a meeting is one once held: its time of day has passed and it
 * was not cancelled or a no-show; a meeting with only a date counts from the day after (metrics.md "Meetings").
 */
function isTouch(a: FixtureActivity, now: number): a is Dated {
  if (!(CHANNELS as readonly string[]).includes(a.type) || !a.timestamp || a.planned) return false;
  const at = Date.parse(a.timestamp);
  if (at > now) return false;
  if (a.type !== 'meeting') return true;
  if (a.outcome === 'cancelled' || a.outcome === 'no-show') return false;
  return a.timePrecision !== 'day' || utcDay(at) < utcDay(now);
}

const hasTime = (a: FixtureActivity): boolean => a.timePrecision !== 'day';

/** metrics.md "Duplicate", rules 1 to 3, and decisions.md's same-day rule for date-only readings. */
function sameTouch(k: Dated, t: Dated): boolean {
  if (k.sourceId !== undefined && k.sourceId === t.sourceId) return true;
  if (k.type !== t.type || k.direction !== t.direction || k.title !== t.title) return false;
  const apart = Math.abs(Date.parse(k.timestamp) - Date.parse(t.timestamp));
  if (k.sourceId !== undefined && t.sourceId !== undefined)
    return hasTime(k) && hasTime(t) && (k.outcome ?? 'unknown') === (t.outcome ?? 'unknown') && apart <= TWO_MINUTES;
  if (!hasTime(k) || !hasTime(t)) return utcDay(Date.parse(k.timestamp)) === utcDay(Date.parse(t.timestamp));
  return apart <= TWO_MINUTES;
}

function withoutDuplicates(touches: Dated[]): Dated[] {
  const kept: Dated[] = [];
  for (const t of [...touches].sort((a, b) => a.timestamp.localeCompare(b.timestamp)))
    if (!kept.some((k) => sameTouch(k, t))) kept.push(t);
  return kept;
}

/** Touch counts in the last `periodDays` × 24 hours ending now (default 30) and days since the last touch, in UTC. */
export function expectedContactValues(
  activities: FixtureActivity[],
  now: Date,
  periodDays = 30,
): Record<string, string> {
  const end = now.getTime();
  const allTouches = activities.filter((a) => isTouch(a, end));
  const touches = withoutDuplicates(allTouches);
  const inPeriod = touches.filter((t) => Date.parse(t.timestamp) >= end - periodDays * DAY);
  const values: Record<string, string> = {
    'touches-total': String(inPeriod.length),
    'touches-automated': String(inPeriod.filter((t) => t.automated).length),
    // Each stored row once, less the touch copies the duplicate rules merge into another (metrics.md:
    // duplicates are merged before any count).
    'activities-read': String(new Set(activities.map((a) => a.key)).size - (allTouches.length - touches.length)),
  };
  for (const channel of CHANNELS)
    values[`touches-${channel}`] = String(inPeriod.filter((t) => t.type === channel).length);
  const last = touches.at(-1);
  if (last) values['days-since-last-touch'] = String(utcDay(end) - utcDay(Date.parse(last.timestamp)));
  return values;
}

interface FixtureDeal {
  stage?: string;
  closed?: string;
  closeDate?: string;
  stageHistory: { stage: string; enteredAt: string }[];
  contacts: unknown[];
}

/**
 * Stage, whole days since the deal last entered it, and the warning against the default typical
 * time (14 days) that applies while fewer than 5 deals have left the stage. A closed deal's days
 * stop at its close date (or now, if that is later); one sitting in its outcome ("Closed lost")
 * has none: won and lost are outcomes, not stages (metrics.md).
 */
export function expectedDealValues(deal: FixtureDeal, now: Date): Record<string, string> {
  const entered = [...deal.stageHistory].reverse().find((s) => s.stage === deal.stage);
  const values: Record<string, string> = { stage: deal.stage ?? '' };
  if (!entered) return values;
  if (deal.closed && /\b(won|lost)\b/i.test(deal.stage ?? '')) {
    values['days-in-stage'] = '';
    values['stage-warning'] = 'none';
    return values;
  }
  const closedAt = deal.closed && deal.closeDate ? Date.parse(deal.closeDate) : Number.POSITIVE_INFINITY;
  const days = utcDay(Math.min(now.getTime(), closedAt)) - utcDay(Date.parse(entered.enteredAt));
  values['days-in-stage'] = String(days);
  values['stage-warning'] = deal.closed ? 'none' : days > 28 ? 'stalled' : days > 21 ? 'watch' : 'none';
  return values;
}

function utcDay(ms: number): number {
  return Math.floor(ms / DAY);
}
