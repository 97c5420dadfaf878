import { type ClockKind, clockKind } from '../../locale/clock-kind';
import { shownDateOrder } from '../shown-date-order';
import { isTimeAlone } from './time-alone';

/** Separators around a value standing in a text node of its own (" · 3:10 PM · "). */
const EDGE_SEPARATORS = /^[\s,|•·]+|[\s,|•·]+$/gu;

/**
 * The page's clock is a 12-hour one. What the page prints decides first, the clock being a user
 * setting apart from the interface language (an English page may print "14:05"): an am/pm time
 * beside a date ("Nov 14, 2026 at 3:10 PM") or standing as a value of its own ("<span>3:10
 * PM</span>") says 12-hour; else a time past noon without am/pm, beside a date or on its own
 * ("<span>14:05</span>"), says 24-hour. Am/pm comes first: a call's length on its own ("14:05")
 * looks like a 24-hour time. A time inside a sentence ("schlägt vor: Donnerstag, 2:00 PM" in a
 * note) is its writer's, never the page's. Where the page shows neither, the language tag's region
 * does (en-US prints "3:10 PM", de-DE "15:10"): a US page listing only dialer calls
 * ("Nov 14 · 1:02 · Left voicemail") keeps "1:02" a length (clock-length.ts).
 */
export function showsTwelveHourClock(root: Element | null, lang: string): boolean {
  const shown = root ? shownDateOrder(root) : undefined;
  const alone = root ? timesAlone(root) : undefined;
  if (shown?.twelveHour || alone?.twelveHour) return true;
  if (shown?.pastNoon24 || alone?.pastNoon24) return false;
  return languageClock(lang);
}

/** The clocks of the times the page prints as a whole text node, trimmed of separators ("<span>2:00 PM</span>"). */
function timesAlone(root: Element): ClockKind {
  const kind: ClockKind = { twelveHour: false, pastNoon24: false };
  // Text node by text node: `textContent` runs adjacent pieces together ("Nov 17, 20263:10 PM").
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node.textContent ?? '').replace(/\s+/g, ' ').replace(EDGE_SEPARATORS, '');
    if (!isTimeAlone(value)) continue;
    const clock = clockKind(value);
    kind.twelveHour ||= clock.twelveHour;
    kind.pastNoon24 ||= clock.pastNoon24;
  }
  return kind;
}

/** Whether the language tag's region prints a 12-hour clock; an unknown tag says no. */
function languageClock(lang: string): boolean {
  try {
    return new Intl.DateTimeFormat(lang, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  } catch {
    return false;
  }
}
