/** A time of day: "14:15", "9:15 AM", "9:12 a. m.", "14h30"; a date's dots or slashes are not one. */
const TIME = /(?<![\d:./])(\d{1,2})(?::|h)([0-5]\d)(?::[0-5]\d)?(?!\d)( ?[ap]\.? ?m\b\.?)?/gi;

/** The kinds of clock a text's times show. */
export interface ClockKind {
  /** A time with am/pm: "9:15 AM". */
  twelveHour: boolean;
  /** A time past 12:59 without am/pm: "14:15", which only a 24-hour clock prints. */
  pastNoon24: boolean;
}

/**
 * The kinds of clock the times in `text` are printed in. A morning time without am/pm tells
 * nothing: 12-hour clocks print one as the start of a range ("9:00 – 10:30 AM").
 */
export function clockKind(text: string): ClockKind {
  const kind: ClockKind = { twelveHour: false, pastNoon24: false };
  for (const m of text.matchAll(TIME)) {
    const hour = Number(m[1]);
    if (m[3] && hour >= 1 && hour <= 12) kind.twelveHour = true;
    if (!m[3] && hour >= 13 && hour <= 23) kind.pastNoon24 = true;
  }
  return kind;
}
