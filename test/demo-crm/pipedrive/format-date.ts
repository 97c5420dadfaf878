import { DAY, MONTH_NAMES as MONTHS, time12 } from '../demo-dates';

/** "November 18, 2026": date fields (last/next activity, expected close date). */
export function dayText(iso: string): string {
  const d = new Date(iso);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

function dayOffset(iso: string, now: string): number {
  const start = (t: number) => Math.floor(t / DAY);
  return start(Date.parse(iso)) - start(Date.parse(now));
}

/**
 * Activity dates as the flow shows them: "Today at 3:15 PM", "Yesterday at 3:15 PM",
 * "Tomorrow at 9:00 AM", otherwise "November 18, 2026 at 3:15 PM" (always with the year, so a
 * future date is never mistaken for last year's).
 */
export function activityDateText(iso: string, now: string): string {
  const offset = dayOffset(iso, now);
  const named = offset === 0 ? 'Today' : offset === -1 ? 'Yesterday' : offset === 1 ? 'Tomorrow' : undefined;
  return `${named ?? dayText(iso)} at ${time12(iso)}`;
}

/** Synced mail shows relative ages for the last week ("3 days ago"), then full dates. */
export function mailDateText(iso: string, now: string): string {
  const offset = dayOffset(iso, now);
  if (offset <= -2 && offset > -7) return `${-offset} days ago`;
  return activityDateText(iso, now);
}
