import { DAY, MONTHS, time12 as timeText } from '../demo-dates';

/** "Nov 18, 2026" in UTC. */
export function dayText(iso: string): string {
  const d = new Date(iso);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** Timeline times as HubSpot prints them: "Today at 3:15 PM", "Yesterday at …", else "Nov 18, 2026 at 3:15 PM". */
export function timelineDate(iso: string, now: string): string {
  const days = Math.round((startOfDay(iso) - startOfDay(now)) / DAY);
  if (days === 0) return `Today at ${timeText(iso)}`;
  if (days === -1) return `Yesterday at ${timeText(iso)}`;
  if (days === 1) return `Tomorrow at ${timeText(iso)}`;
  return `${dayText(iso)} at ${timeText(iso)}`;
}

/** Sidebar date-time properties ("Last contacted"): "Nov 18, 2026 3:15 PM". */
export function propertyDateTime(iso: string): string {
  return `${dayText(iso)} ${timeText(iso)}`;
}

export function money(amount: number, currency: string): string {
  const symbol = currency === 'USD' ? '$' : `${currency} `;
  return `${symbol}${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** "November 2026": the timeline's month group headings. */
export function monthHeading(iso: string): string {
  const d = new Date(iso);
  const long = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(d);
  return `${long} ${d.getUTCFullYear()}`;
}

function startOfDay(iso: string): number {
  const d = new Date(iso);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}
