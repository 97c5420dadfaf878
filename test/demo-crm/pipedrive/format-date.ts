import { DAY, MONTH_NAMES as MONTHS, time12 } from '../demo-dates';
import { pageOptions, UNREADABLE_DATE } from '../page-options';
import { text } from './text';

const german = {
  day: new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  time: new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }),
};
const isGerman = () => pageOptions().lang === 'de';

/** "November 18, 2026" ("18. November 2026"): date fields (last/next activity, expected close date). */
export function dayText(iso: string): string {
  const d = new Date(iso);
  if (isGerman()) return german.day.format(d);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** "November 18, 2026 at 3:15 PM" ("18. November 2026 um 15:15"): creation times in the sidebar. */
export function dayTimeText(iso: string): string {
  return `${dayText(iso)} ${text().dates.at} ${timeText(iso)}`;
}

function timeText(iso: string): string {
  return isGerman() ? german.time.format(new Date(iso)) : time12(iso);
}

function dayOffset(iso: string, now: string): number {
  const start = (t: number) => Math.floor(t / DAY);
  return start(Date.parse(iso)) - start(Date.parse(now));
}

/**
 * Activity dates as the flow shows them: "Today at 3:15 PM", "Yesterday at 3:15 PM",
 * "Tomorrow at 9:00 AM", otherwise "November 18, 2026 at 3:15 PM" (always with the year, so a
 * future date is never mistaken for last year's); in German "Heute um 15:15", "18. November 2026 um 15:15".
 */
export function activityDateText(iso: string, now: string): string {
  if (pageOptions().unreadableDates) return UNREADABLE_DATE;
  const { dates } = text();
  const offset = dayOffset(iso, now);
  const named =
    offset === 0 ? dates.today : offset === -1 ? dates.yesterday : offset === 1 ? dates.tomorrow : undefined;
  return `${named ?? dayText(iso)} ${dates.at} ${timeText(iso)}`;
}

/** Synced mail shows relative ages for the last week ("3 days ago", "vor 3 Tagen"), then full dates. */
export function mailDateText(iso: string, now: string): string {
  if (pageOptions().unreadableDates) return UNREADABLE_DATE;
  const offset = dayOffset(iso, now);
  if (offset <= -2 && offset > -7) return text().daysAgo(-offset);
  return activityDateText(iso, now);
}
