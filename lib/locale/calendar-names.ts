import { dateLanguages, dateWordsFor } from './date-words';
import { fold } from './fold';

let months: Map<string, number> | undefined;
let weekdays: Map<string, number> | undefined;
let monthPrefixes: [string, number][] | undefined;
let weekdayPrefixes: [string, number][] | undefined;

/** Month (1–12) a word names in any of Touchline's languages: "Nov", "sept.", "März", "mrt", "setembro". */
export function monthNumber(word: string): number | undefined {
  if (!months || !monthPrefixes) [months, monthPrefixes] = build({ month: 'long' }, { month: 'short' }, 12);
  return lookup(word, months, monthPrefixes);
}

/** Weekday (0 = Sunday) a word names in any of Touchline's languages: "Mon", "Dienstag", "mer.", "zo". */
export function weekdayNumber(word: string): number | undefined {
  if (!weekdays || !weekdayPrefixes) [weekdays, weekdayPrefixes] = build({ weekday: 'long' }, { weekday: 'short' }, 7);
  return lookup(word, weekdays, weekdayPrefixes);
}

/** A word names an entry when it is its Intl name or abbreviation, or starts its full name (3+ letters: "sept", "janv"). */
function lookup(word: string, exact: Map<string, number>, prefixes: [string, number][]): number | undefined {
  const w = bare(word);
  if (!w) return undefined;
  const hit = exact.get(w);
  if (hit !== undefined || w.length < 3) return hit;
  return prefixes.find(([name]) => name.startsWith(w))?.[1];
}

function bare(word: string): string {
  return fold(word).replace(/\./g, '');
}

/** Names from Intl for every language (built once, on first use: the content script pays only when reading). */
function build(
  long: Intl.DateTimeFormatOptions,
  short: Intl.DateTimeFormatOptions,
  count: number,
): [Map<string, number>, [string, number][]] {
  const exact = new Map<string, number>();
  const prefixes: [string, number][] = [];
  // 2023-01-01 is a Sunday; day i of that month is weekday i-1, month i of 2023 is month i.
  const at = (i: number) =>
    count === 12 ? new Date(Date.UTC(2023, i, 1, 12)) : new Date(Date.UTC(2023, 0, 1 + i, 12));
  const value = (i: number) => (count === 12 ? i + 1 : i);
  for (const lang of dateLanguages) {
    for (const options of [long, short]) {
      const format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
      for (let i = 0; i < count; i++) {
        const name = bare(format.format(at(i)));
        exact.set(name, value(i));
        if (options === long) prefixes.push([name, value(i)]);
      }
    }
    if (count === 12)
      for (const [word, month] of Object.entries(dateWordsFor(lang)?.months ?? {})) exact.set(bare(word), month);
  }
  return [exact, prefixes];
}
