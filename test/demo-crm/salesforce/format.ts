import { DAY, MONTH_NAMES, MONTHS, time12 } from '../demo-dates';
import { pageOptions, UNREADABLE_DATE } from '../page-options';
import { text } from './text';

const german = {
  numeric: new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' }),
  time: new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }),
};
const isGerman = () => pageOptions().lang === 'de';

/** Numeric date, as related lists and fields print it: "11/18/2026", in German "18.11.2026". */
export function usDate(iso: string): string {
  const d = new Date(iso);
  if (isGerman()) return german.numeric.format(d);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}

function time(iso: string): string {
  return isGerman() ? german.time.format(new Date(iso)) : time12(iso);
}

/** "11/18/2026, 3:15 PM" ("18.11.2026, 15:15"): system information and history lists. */
export function usDateTime(iso: string): string {
  return `${usDate(iso)}, ${time(iso)}`;
}

/** Timeline day: "Today", "Yesterday", "Tomorrow", "Nov 18" ("18. Nov."), or with the year in another year. */
export function timelineDay(iso: string, now: string): string {
  if (pageOptions().unreadableDates) return UNREADABLE_DATE;
  const { dates } = text();
  const dayOf = (t: string) => Math.floor(Date.parse(t) / DAY);
  const diff = dayOf(iso) - dayOf(now);
  if (diff === 0) return dates.today;
  if (diff === -1) return dates.yesterday;
  if (diff === 1) return dates.tomorrow;
  const d = new Date(iso);
  const sameYear = d.getUTCFullYear() === new Date(now).getUTCFullYear();
  if (isGerman()) return sameYear ? german.day.format(d) : `${german.day.format(d)} ${d.getUTCFullYear()}`;
  const short = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return sameYear ? short : `${short}, ${d.getUTCFullYear()}`;
}

/** Timeline date with time, as Lightning prints emails, calls and events: "3:15 PM | Nov 18", "15:15 | 18. Nov.". */
export function timelineDateTime(iso: string, now: string): string {
  if (pageOptions().unreadableDates) return UNREADABLE_DATE;
  return `${time(iso)} | ${timelineDay(iso, now)}`;
}

/** Past activity month group heading: "November • 2026". */
export function monthGroup(iso: string): string {
  if (pageOptions().unreadableDates) return UNREADABLE_DATE;
  const d = new Date(iso);
  const month = isGerman() ? german.month.format(d) : MONTH_NAMES[d.getUTCMonth()];
  return `${month} • ${d.getUTCFullYear()}`;
}

/** "$12,500.00" as a single-currency org shows amounts; a German org "USD 12.500,00". */
export function money(amount: number): string {
  if (isGerman())
    return `USD ${amount.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
