import { DAY, MONTH_NAMES, MONTHS, time12 } from '../demo-dates';

/** US locale numeric date, as related lists and fields print it: "11/18/2026". */
export function usDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}

/** "11/18/2026, 3:15 PM": system information and history lists. */
export function usDateTime(iso: string): string {
  return `${usDate(iso)}, ${time12(iso)}`;
}

/** Timeline day: "Today", "Yesterday", "Tomorrow", "Nov 18", or "Nov 18, 2025" in another year. */
export function timelineDay(iso: string, now: string): string {
  const dayOf = (t: string) => Math.floor(Date.parse(t) / DAY);
  const diff = dayOf(iso) - dayOf(now);
  if (diff === 0) return 'Today';
  if (diff === -1) return 'Yesterday';
  if (diff === 1) return 'Tomorrow';
  const d = new Date(iso);
  const short = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return d.getUTCFullYear() === new Date(now).getUTCFullYear() ? short : `${short}, ${d.getUTCFullYear()}`;
}

/** Timeline date with time, as Lightning prints emails, calls and events: "3:15 PM | Nov 18". */
export function timelineDateTime(iso: string, now: string): string {
  return `${time12(iso)} | ${timelineDay(iso, now)}`;
}

/** Past activity month group heading: "November • 2026". */
export function monthGroup(iso: string): string {
  const d = new Date(iso);
  return `${MONTH_NAMES[d.getUTCMonth()]} • ${d.getUTCFullYear()}`;
}

/** "$12,500.00" as a single-currency org shows amounts. */
export function money(amount: number): string {
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
