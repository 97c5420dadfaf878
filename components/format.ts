import { zonedDay } from '../lib/zoned-day';

/** Small pure formatters for the panel. English texts; dates in the browser's zone unless told. */

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whole days ago in words: "today", "1 day ago", "12 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  return `${plural(days, 'day', 'days')} ago`;
}

/**
 * A calendar day `YYYY-MM-DD` as "Thu 3 Dec" (a date, so no zone shift). Given `today` (also
 * `YYYY-MM-DD`), a day of another year says its year, "Mon 2 Jun 2025": a step overdue since last
 * year is not five months late.
 */
export function formatDay(day: string, today?: string): string {
  return withYearUnlessThisYear(dayFormat.format(new Date(`${day}T00:00:00Z`)), day, today);
}

/**
 * An instant as "27 Nov" in the given zone (the user's setting, not the browser's). Given `today`
 * (`YYYY-MM-DD` in that zone), one of another year says its year, "12 Nov 2025", as formatDay.
 */
export function formatShortDate(iso: string, timeZone: string, today?: string): string {
  const date = shortDateFormat(timeZone).format(new Date(iso));
  return today === undefined ? date : withYearUnlessThisYear(date, zonedDay(iso, timeZone), today);
}

/**
 * `date`, the day `day` in words, with its year when `today` is of another year. Appended rather
 * than formatted: en-GB with a year puts a comma after the weekday ("Mon, 2 Jun 2025").
 */
function withYearUnlessThisYear(date: string, day: string, today: string | undefined): string {
  const year = day.slice(0, 4);
  return today === undefined || today.slice(0, 4) === year ? date : `${date} ${year}`;
}

const shortDateFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: making one costs far more than formatting (the recent touches format a dozen). */
function shortDateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = shortDateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone });
    shortDateFormats.set(timeZone, format);
  }
  return format;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "21 Oct 2026, 15:00" in the given zone: an exact instant such as the retention cutoff, with its
 * year (it may be last year's).
 */
export function formatDateTime(iso: string, timeZone: string): string {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

/** A share 0–1 as "25%". */
export function formatPercent(value: number): string {
  return numberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** Money with its currency ("$31,500"); an unknown currency code falls back to "31,500 XYZ". */
export function formatMoney(amount: number, currency: string | undefined, locale?: string): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  if (!currency) return numberFormat(locale, { maximumFractionDigits: digits }).format(amount);
  try {
    return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: digits }).format(amount);
  } catch {
    return `${numberFormat(locale, { maximumFractionDigits: digits }).format(amount)} ${currency}`;
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and options: making one costs more than formatting (a list of deals formats hundreds). */
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify([locale, options]);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A duration in hours as "40 min", "5 h" or "2.5 days". */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

/**
 * A ratio with 2 decimals, a half rounded up as written in decimal: 107 / 40 = 2.675 is "2.68",
 * though its nearest double lies just under 2.675 and `toFixed` gives "2.67".
 */
export function twoDecimals(value: number): string {
  const scaled = Number(`${value}e2`);
  return Number.isFinite(scaled) ? (Math.round(scaled) / 100).toFixed(2) : value.toFixed(2);
}

/** The contract's plain data-value for a 0–1 rate: 2 decimals. */
export function rateValue(value: number): string {
  return twoDecimals(value);
}

const REASONS: Record<string, string> = {
  'no-calls': 'no outbound calls in period',
  'no-outbound-email': 'no outbound emails in period',
  'automated-emails-not-counted': 'only automated emails in period, which are not counted',
  'email-direction-not-read': 'who sent each email was not read from the page',
  'no-active-contacts': 'no contact touched in period',
  'no-touches': 'no touches yet',
  'undated-touches': 'only touches without a readable date',
  'undated-replies': 'a reply without a readable date may answer more',
  'automated-not-counted': 'only automated touches, which are not counted',
  'older-not-kept': 'none in the days Touchline keeps',
  'activities-not-read': 'none in what was read; touches may be in the part not read',
  'outcomes-not-read': 'none in what was read; more may be in the part not read',
  'no-next-step': 'no next step planned',
  'no-stage': 'stage not read from the page',
  'no-stage-history': 'stage history not read from the page',
  'no-typical-time': 'typical time unknown',
};

/** A machine reason (`no-calls`) in words ("no calls in period"). */
export function reasonText(reason: string): string {
  return REASONS[reason] ?? reason.replaceAll('-', ' ');
}
