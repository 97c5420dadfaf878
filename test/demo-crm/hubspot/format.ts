import { DAY, MONTHS, time12 } from '../demo-dates';
import { pageOptions, UNREADABLE_DATE } from '../page-options';
import { text } from './text';

const german = {
  day: new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  numeric: new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  time: new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }),
};
const isGerman = () => pageOptions().lang === 'de';

/** "Nov 18, 2026" in UTC; German portals print property dates "18.11.2026". */
export function dayText(iso: string): string {
  const d = new Date(iso);
  if (isGerman()) return german.numeric.format(d);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** "3:15 PM", or "15:15" in German. */
function timeText(iso: string): string {
  return isGerman() ? german.time.format(new Date(iso)) : time12(iso);
}

/** "Nov 18, 2026" / "18. Nov. 2026": the timeline's day, always with the year. */
function timelineDay(iso: string): string {
  return isGerman() ? german.day.format(new Date(iso)) : dayText(iso);
}

/**
 * Timeline times as HubSpot prints them: "Today at 3:15 PM", "Yesterday at …", else
 * "Nov 18, 2026 at 3:15 PM"; in German "Heute um 15:15", "18. Nov. 2026 um 15:15".
 */
export function timelineDate(iso: string, now: string): string {
  if (pageOptions().unreadableDates) return UNREADABLE_DATE;
  const { dates } = text();
  const days = Math.round((startOfDay(iso) - startOfDay(now)) / DAY);
  const named = days === 0 ? dates.today : days === -1 ? dates.yesterday : days === 1 ? dates.tomorrow : undefined;
  return `${named ?? timelineDay(iso)} ${dates.at} ${timeText(iso)}`;
}

/** Sidebar date-time properties ("Last contacted"): "Nov 18, 2026 3:15 PM", "18.11.2026 15:15". */
export function propertyDateTime(iso: string): string {
  return `${dayText(iso)} ${timeText(iso)}`;
}

/** "$31,500.00"; German portals "31.500,00 $" as Intl prints it. */
export function money(amount: number, currency: string): string {
  if (isGerman()) return new Intl.NumberFormat('de-DE', { style: 'currency', currency }).format(amount);
  const symbol = currency === 'USD' ? '$' : `${currency} `;
  return `${symbol}${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** "November 2026": the timeline's month group headings. */
export function monthHeading(iso: string): string {
  if (pageOptions().unreadableDates) return UNREADABLE_DATE;
  const d = new Date(iso);
  const long = new Intl.DateTimeFormat(text().locale, { month: 'long', timeZone: 'UTC' }).format(d);
  return `${long} ${d.getUTCFullYear()}`;
}

function startOfDay(iso: string): number {
  const d = new Date(iso);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
