import type { PageLanguage } from './page-locale';

/** Hours and minutes with no am/pm ("1:02", "12:45"). */
const BARE_TIME = /^\d{1,2}:[0-5]\d$/;

/**
 * A segment beside a day that looks like a time but, on a page that shows a 12-hour clock, is a
 * length: such a page prints every time of day with AM/PM ("Nov 14, 2026 at 3:10 PM"), so a call
 * log's "Nov 14 · 1:02 · Left voicemail" shows the call lasting a minute, not placed at 1:02.
 * Read as a time, the call would get a minute the page never showed (decisions.md keys a touch by
 * its minute only when a time is shown). Where the page prints 24-hour times ("14:05" beside a
 * date or on its own) and no AM/PM, a bare time is its time of day (shown-clock.ts).
 */
export function isLengthBesideDay(segment: string, language: PageLanguage): boolean {
  return BARE_TIME.test(segment.trim()) && language.twelveHourClock();
}
