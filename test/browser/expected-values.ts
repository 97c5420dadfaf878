/**
 * The numbers a panel should show, worked out from a fixture's expected JSON with metrics.md's
 * rules written out plainly here, independently of lib/metrics: a second opinion, not a copy.
 */
interface FixtureActivity {
  key: string;
  type: string;
  direction: string;
  timestamp?: string;
  title: string;
  automated: boolean;
  outcome?: string;
  planned?: boolean;
  sourceId?: string;
}

const CHANNELS = ['call', 'email', 'meeting', 'social', 'sms'] as const;
const DAY = 86_400_000;
const TWO_MINUTES = 120_000;

function isTouch(a: FixtureActivity, now: number): a is FixtureActivity & { timestamp: string } {
  if (!(CHANNELS as readonly string[]).includes(a.type) || !a.timestamp || a.planned) return false;
  if (Date.parse(a.timestamp) > now) return false;
  return !(a.type === 'meeting' && (a.outcome === 'cancelled' || a.outcome === 'no-show'));
}

/** Same source id, or same channel, direction and title within 2 minutes (metrics.md "Duplicate"). */
function withoutDuplicates(touches: (FixtureActivity & { timestamp: string })[]) {
  const kept: (FixtureActivity & { timestamp: string })[] = [];
  for (const t of [...touches].sort((a, b) => a.timestamp.localeCompare(b.timestamp))) {
    const duplicate = kept.some(
      (k) =>
        (t.sourceId !== undefined && k.sourceId === t.sourceId) ||
        (k.type === t.type &&
          k.direction === t.direction &&
          k.title === t.title &&
          Math.abs(Date.parse(k.timestamp) - Date.parse(t.timestamp)) <= TWO_MINUTES),
    );
    if (!duplicate) kept.push(t);
  }
  return kept;
}

/** Touch counts in the default period (the 30 × 24 hours ending now) and days since the last touch, in UTC. */
export function expectedContactValues(activities: FixtureActivity[], now: Date): Record<string, string> {
  const end = now.getTime();
  const touches = withoutDuplicates(activities.filter((a) => isTouch(a, end)));
  const inPeriod = touches.filter((t) => Date.parse(t.timestamp) >= end - 30 * DAY);
  const values: Record<string, string> = {
    'touches-total': String(inPeriod.length),
    'touches-automated': String(inPeriod.filter((t) => t.automated).length),
    'activities-read': String(new Set(activities.map((a) => a.key)).size),
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
  stageHistory: { stage: string; enteredAt: string }[];
  contacts: unknown[];
}

/**
 * Stage, whole days since the deal last entered it, and the warning against the default typical
 * time (14 days) that applies while fewer than 5 deals have left the stage.
 */
export function expectedDealValues(deal: FixtureDeal, now: Date): Record<string, string> {
  const entered = [...deal.stageHistory].reverse().find((s) => s.stage === deal.stage);
  const values: Record<string, string> = { stage: deal.stage ?? '' };
  if (!entered) return values;
  const days = utcDay(now.getTime()) - utcDay(Date.parse(entered.enteredAt));
  values['days-in-stage'] = String(days);
  values['stage-warning'] = deal.closed ? 'none' : days > 28 ? 'stalled' : days > 21 ? 'watch' : 'none';
  return values;
}

function utcDay(ms: number): number {
  return Math.floor(ms / DAY);
}
