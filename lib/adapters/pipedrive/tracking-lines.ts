import { isMailTrackingLine } from './mail-tracking';
import { hasTypeSignal } from './type-signals';
import type { Wording } from './wording';

/**
 * The dated lines that each stand for an entry, leaving out a synced mail's tracking lines: Sales
 * Inbox may list under the mail when it was opened or a link in it clicked ("Marek Nowak opened your
 * email · Nov 17 at 3:50 PM", mail-tracking.ts). Each entry carries one date otherwise (find-items.ts),
 * so with them counted the mail is split at its dates into parts too small to say what they are, and
 * it vanishes. A tracking line is the mail's where the nearest element holding another dated line
 * holds just one that is no tracking line, and the two do not each say what they are (a type signal):
 * a tracking event listed as an entry of its own beside the mail, under its own icon, does.
 */
export function withoutTrackingLines(carriers: Element[], view: Element, words: Wording): Element[] {
  const tracking = new Set(carriers.filter((line) => isMailTrackingLine(line, words)));
  if (tracking.size === 0) return carriers;
  const all = new Set(carriers);
  const counts = new Map<Element, { lines: number; tracking: number }>();
  for (const carrier of carriers)
    for (let el = carrier.parentElement; el && el !== view; el = el.parentElement) {
      const count = counts.get(el) ?? { lines: 0, tracking: 0 };
      count.lines++;
      if (tracking.has(carrier)) count.tracking++;
      counts.set(el, count);
    }
  const others = (el: Element): number => {
    const count = counts.get(el);
    return count ? count.lines - count.tracking : all.has(el) && !tracking.has(el) ? 1 : 0;
  };
  const underMail = (line: Element): boolean => {
    for (let branch = line, el = line.parentElement; el && el !== view; branch = el, el = el.parentElement) {
      if (others(el) === 0) continue;
      if (others(el) > 1) return false;
      const other = Array.from(el.children).find((c) => c !== branch && others(c) === 1);
      return !(other && hasTypeSignal(branch, words) && hasTypeSignal(other, words));
    }
    return false;
  };
  return carriers.filter((line) => !tracking.has(line) || !underMail(line));
}
