import { clockKind } from '../../locale/clock-kind';
import { shownDateOrder } from '../shown-date-order';
import { isTimeAlone } from './time-alone';

/** What separates the values of one line ("Nov 17, 2026 · 3:10 PM · Sam Ortiz"). */
const PARTS = /[,|•·]/;

/**
 * The page shows its times of day on a 12-hour clock: it prints some with am/pm, beside a date
 * ("Nov 14, 2026 at 3:10 PM") or as a value of their own ("<span>3:10 PM</span>" beside a day's
 * span, "4:15 PM" under a day header), and none past noon without ("14:05" beside a date).
 * Only what the page prints decides, never the language tag: the clock is a user setting apart
 * from the interface language (an English page may print "14:05"), and a clock guessed 12-hour
 * makes every bare time beside a day a call's length (clock-length.ts), losing each touch's minute.
 * A bare time standing alone ("14:05", "1:02") says nothing against: on a 12-hour page it is a length.
 */
export function showsTwelveHourClock(root: Element): boolean {
  const shown = shownDateOrder(root);
  if (shown.pastNoon24) return false;
  return shown.twelveHour || amPmTimeAlone(root);
}

/** Some text of the page holds, between separators, an am/pm time and nothing else. */
function amPmTimeAlone(root: Element): boolean {
  // Text node by text node: `textContent` runs adjacent pieces together ("Nov 17, 20263:10 PM").
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const part of (node.textContent ?? '').split(PARTS)) {
      const value = part.replace(/\s+/g, ' ').trim();
      if (isTimeAlone(value) && clockKind(value).twelveHour) return true;
    }
  }
  return false;
}
