import { dateLanguages, dateWordsFor } from './date-words';
import { fold } from './fold';

/** A table of names: every Intl name and abbreviation, and the full names (for prefixes). */
type Names = [exact: Map<string, number>, prefixes: [string, number][]];

/** Both tables as plain entries, as the `calendarNames` message carries them (lib/background/register.ts). */
export interface CalendarNames {
  months: NameEntries;
  weekdays: NameEntries;
}
type NameEntries = [exact: [string, number][], prefixes: [string, number][]];

const MONTHS = { long: { month: 'long' }, short: { month: 'short' }, count: 12 } as const;
const WEEKDAYS = { long: { weekday: 'long' }, short: { weekday: 'short' }, count: 7 } as const;

let months: Names | undefined;
let weekdays: Names | undefined;
let units: Set<string> | undefined;
const weekdaysByLanguage = new Map<string, Names>();

/** Month (1–12) a word names in any of Touchline's languages: "Nov", "sept.", "März", "mrt", "setembro". */
export function monthNumber(word: string): number | undefined {
  return lookup(word, ...monthNames());
}

/**
 * Weekday (0 = Sunday) a word names in any of Touchline's languages: "Mon", "Dienstag", "mer.", "zo".
 * A unit word of the date tables is that unit, never the start of a weekday's name: Dutch "maand"
 * (month) starts "maandag" (Monday), and "maand" alone was dated last Monday.
 */
export function weekdayNumber(word: string): number | undefined {
  return weekdayIn(word, weekdayNames());
}

/**
 * Weekday a word names in one of the page's languages (date-words languagesFor), every language
 * when they are all of them: a weekday named alone is a word of the page's language, and another
 * language's abbreviation is a word of its own there ("Dom", Polish for home, is Spanish and
 * Italian "dom." for Sunday).
 */
export function weekdayNumberIn(word: string, langs: readonly string[]): number | undefined {
  if (dateLanguages.every((lang) => langs.includes(lang))) return weekdayNumber(word);
  for (const lang of langs) {
    const found = weekdayIn(word, weekdayNamesIn(lang));
    if (found !== undefined) return found;
  }
  return undefined;
}

function weekdayIn(word: string, [exact, prefixes]: Names): number | undefined {
  return lookup(word, exact, unitWords().has(bare(word)) ? [] : prefixes);
}

/** The tables, built at once if nothing built or adopted them before. */
function monthNames(): Names {
  months ??= atOnce(build(MONTHS));
  return months;
}

function weekdayNames(): Names {
  weekdays ??= atOnce(build(WEEKDAYS));
  return weekdays;
}

/** One language's weekday names, built on first use (two Intl formats). */
function weekdayNamesIn(lang: string): Names {
  let names = weekdaysByLanguage.get(lang);
  if (!names) {
    names = atOnce(build(WEEKDAYS, [lang]));
    weekdaysByLanguage.set(lang, names);
  }
  return names;
}

/** Every language's unit words ("maand", "Tagen", "sett."), as `lookup` compares words. */
function unitWords(): Set<string> {
  units ??= new Set(
    dateLanguages.flatMap((lang) =>
      Object.values(dateWordsFor(lang)?.units ?? {})
        .flat()
        .map(bare),
    ),
  );
  return units;
}

/**
 * Builds both tables a format per step, ahead of the first date read: all at once they take
 * longer than a frame (a hundred Intl formats), which the content script must not (issue 11).
 * A language's first format also loads its locale data, so a step per language (two formats)
 * was still up to 9 ms on the demo page.
 */
export function* prepareCalendarNames(): Generator<void, void, void> {
  if (!months) months = yield* build(MONTHS);
  if (!weekdays) weekdays = yield* build(WEEKDAYS);
}

/**
 * The page's own languages' weekday names (weekdayNumberIn), a format per step like the tables
 * above; nothing when the page's languages are all of them.
 */
export function* prepareWeekdayNamesIn(langs: readonly string[]): Generator<void, void, void> {
  if (dateLanguages.every((lang) => langs.includes(lang))) return;
  for (const lang of langs)
    if (!weekdaysByLanguage.has(lang)) weekdaysByLanguage.set(lang, yield* build(WEEKDAYS, [lang]));
}

/**
 * Both tables at once: the background builds them for the content scripts, off the CRM page's
 * thread (a hundred Intl formats, 14-17 ms of the page's CPU on every record page it opened).
 */
export function calendarNamesNow(): CalendarNames {
  return { months: entries(monthNames()), weekdays: entries(weekdayNames()) };
}

/**
 * Takes tables built by the same browser's Intl (the background's answer), so that
 * `prepareCalendarNames` has nothing left to build; tables built here already are kept.
 */
export function adoptCalendarNames(names: CalendarNames): void {
  months ??= fromEntries(names.months);
  weekdays ??= fromEntries(names.weekdays);
}

function entries([exact, prefixes]: Names): NameEntries {
  return [[...exact], prefixes];
}

function fromEntries([exact, prefixes]: NameEntries): Names {
  return [new Map(exact), prefixes];
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

/** Names from Intl for every language, or the languages given (built once, on first use: the content script pays only when reading). */
function* build(
  { long, short, count }: typeof MONTHS | typeof WEEKDAYS,
  langs: readonly string[] = dateLanguages,
): Generator<void, Names, void> {
  const exact = new Map<string, number>();
  const prefixes: [string, number][] = [];
  // 2023-01-01 is a Sunday; day i of that month is weekday i-1, month i of 2023 is month i.
  const at = (i: number) =>
    count === 12 ? new Date(Date.UTC(2023, i, 1, 12)) : new Date(Date.UTC(2023, 0, 1 + i, 12));
  const value = (i: number) => (count === 12 ? i + 1 : i);
  for (const lang of langs) {
    for (const options of [long, short]) {
      const format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
      for (let i = 0; i < count; i++) {
        const name = bare(format.format(at(i)));
        exact.set(name, value(i));
        if (options === long) prefixes.push([name, value(i)]);
      }
      yield;
    }
    if (count === 12)
      for (const [word, month] of Object.entries(dateWordsFor(lang)?.months ?? {})) exact.set(bare(word), month);
  }
  return [exact, prefixes];
}

function atOnce<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
