import { lineText } from './lines';
import { startsWithWord } from './text-match';
import { hasTypeSignal } from './type-signals';
import type { Wording } from './wording';

/**
 * The dated lines that each stand for an entry, leaving out an entry's second date: a done
 * activity may show the day it was due and, on a line of its own, when it was marked done ("Done:
 * Nov 19, 2026 4:02 PM", "Erledigt: …": wording.ts `done`, the word the date prefixes strip).
 * Pipedrive keeps both. Each entry carries one date otherwise (find-items.ts), so with both counted
 * the entry is split at its dates into parts too small to say what they are, and it vanishes. A
 * done line is the entry's second date where the nearest element holding another dated line holds
 * just one more, not done-labelled, and the two do not each say what they are (a type signal): two
 * entries side by side do, one showing only its done time; an entry's date lines do not.
 */
export function withoutDoneLines(carriers: Element[], view: Element, words: Wording): Element[] {
  const done = new Set(carriers.filter((line) => startsWithWord(lineText(line), words.done)));
  if (done.size === 0) return carriers;
  const all = new Set(carriers);
  const counts = new Map<Element, { lines: number; done: number }>();
  for (const carrier of carriers)
    for (let el = carrier.parentElement; el && el !== view; el = el.parentElement) {
      const count = counts.get(el) ?? { lines: 0, done: 0 };
      count.lines++;
      if (done.has(carrier)) count.done++;
      counts.set(el, count);
    }
  const second = (line: Element): boolean => {
    for (let branch = line, el = line.parentElement; el && el !== view; branch = el, el = el.parentElement) {
      const count = counts.get(el);
      if (!count || count.lines < 2) continue;
      if (count.lines > 2 || count.done > 1) return false;
      const other = Array.from(el.children).find((c) => c !== branch && (all.has(c) || counts.has(c)));
      return !(other && hasTypeSignal(branch, words) && hasTypeSignal(other, words));
    }
    return false;
  };
  return carriers.filter((line) => !done.has(line) || !second(line));
}
