import type { Settings } from '../../lib/schema/settings';
import { keptFrom } from '../../lib/settings/kept-from';

const DAY_MS = 86_400_000;

/**
 * What a retention lowered below what Touchline holds deletes at the next daily run
 * (lib/background/retention-alarm.ts), or null. `held` is the retention and pruning mark the
 * activities held were kept under (the settings when the options page opened, or at the latest
 * pruning run since): they reach back to keptFrom. Deleting waits for the run, so the value can
 * still be put right (docs/your-data.md); touches logged in Touchline stay (the field's hint).
 */
export function retentionLowered(
  held: Pick<Settings, 'retentionDays' | 'prunedBefore'>,
  retentionDays: number,
  now: Date,
): string | null {
  const reach = Math.floor((now.getTime() - keptFrom(held, now).getTime()) / DAY_MS);
  const going = reach - retentionDays;
  if (going <= 0) return null;
  return `The next daily run deletes the activities from ${retentionDays} to ${reach} days old (${going} ${going === 1 ? 'day' : 'days'} of activity); raise it again before then to keep them.`;
}
