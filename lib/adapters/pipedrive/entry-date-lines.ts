import { hasTypeSignal } from './type-signals';
import type { Wording } from './wording';

/**
 * The dated lines that each stand for an entry, leaving out the `secondary` ones that are another
 * line of an entry dated already (a done activity's "Done: …" line, a synced mail's tracking lines):
 * each entry carries one date otherwise (find-items.ts), so with them counted the entry is split at
 * its dates into parts too small to say what they are, and it vanishes. A secondary line is its
 * entry's where the nearest element holding another dated line holds just one that is not
 * secondary (`oneEach`: and no other secondary line), and the two do not each say what they are (a
 * type signal): two entries side by side do.
 */
export function withoutSecondaryLines(
  carriers: Element[],
  view: Element,
  words: Wording,
  isSecondary: (line: Element) => boolean,
  oneEach: boolean,
): Element[] {
  const secondary = new Set(carriers.filter(isSecondary));
  if (secondary.size === 0) return carriers;
  const all = new Set(carriers);
  const counts = new Map<Element, { lines: number; secondary: number }>();
  for (const carrier of carriers)
    for (let el = carrier.parentElement; el && el !== view; el = el.parentElement) {
      const count = counts.get(el) ?? { lines: 0, secondary: 0 };
      count.lines++;
      if (secondary.has(carrier)) count.secondary++;
      counts.set(el, count);
    }
  const others = (el: Element): number => {
    const count = counts.get(el);
    return count ? count.lines - count.secondary : all.has(el) && !secondary.has(el) ? 1 : 0;
  };
  const ofItsEntry = (line: Element): boolean => {
    for (let branch = line, el = line.parentElement; el && el !== view; branch = el, el = el.parentElement) {
      const count = counts.get(el);
      if (!count || count.lines < 2) continue;
      if (oneEach && count.secondary > 1) return false;
      if (others(el) === 0) continue;
      if (others(el) > 1) return false;
      const other = Array.from(el.children).find((c) => c !== branch && others(c) === 1);
      return !(other && hasTypeSignal(branch, words) && hasTypeSignal(other, words));
    }
    return false;
  };
  return carriers.filter((line) => !secondary.has(line) || !ofItsEntry(line));
}
