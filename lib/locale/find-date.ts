import type { PageClock } from '../adapters/types';
import { monthNumber, weekdayNumber } from './calendar-names';
import { languagesFor } from './date-words';
import { fold } from './fold';
import { datePatterns } from './language-patterns';
import type { PageLocale } from './page-locale';
import { type PageDate, readDateOrNoDay } from './read-date';
import { zoneOffset } from './zones';

/** Where item texts break between fields: separators, commas, and the words joining a date and its time. */
const BREAK = /\s*[·|•]\s*|\s+[-–—]\s+|,\s+|,(?!\d)|\s+(?:at|à|um|a las|às|om)\s+/gi;
const MOST_SEGMENTS = 3;
/** Enough for "on Nov 12, 2026 at 4:00 PM GMT": a shorter cap cuts the am/pm or the zone off. */
const MOST_WORDS = 9;
/** Free text past this is a body, not a header: the fallback word scan stops there. */
const SCAN_CHARS = 400;

interface Span {
  start: number;
  end: number;
}

/**
 * The first run of an item's own text that parses as a date/time. The text is cut into segments
 * (on `·`, `|`, `•`, a spaced dash, `,` and "at", "à", "um", "a las", "às", "om"); each segment and each run of
 * up to three adjacent ones is tried (a date and its time are often separate fields), the earliest
 * start winning and, from there, the longest run. When no segment run parses, runs of words are
 * tried the same way ("Logged call 3 nov. 2026"), only those with a digit: free text says
 * "now" and "yesterday" without dating anything. `match` is the matched text as the page wrote it.
 */
export function findDateInText(
  text: string,
  clock: PageClock,
  locale?: PageLocale,
): (PageDate & { match: string }) | undefined {
  return (
    firstRun(text, segments(text), MOST_SEGMENTS, clock, locale) ??
    dateWordRuns(text, locale).reduce<(PageDate & { match: string }) | undefined>(
      (found, run) => found ?? firstRun(text, run, MOST_WORDS, clock, locale, /\d/),
      undefined,
    )
  );
}

function firstRun(
  text: string,
  spans: Span[],
  longest: number,
  clock: PageClock,
  locale: PageLocale | undefined,
  required?: RegExp,
): (PageDate & { match: string }) | undefined {
  // A run that names no day ("2 sett. fa": two weeks ago) holds no date in its parts either: read
  // alone, "2 sett." is 2 September. The spans it covers start no other run.
  let namedNoDayUntil = 0;
  for (let i = 0; i < spans.length; i++) {
    if (i < namedNoDayUntil) continue;
    for (let n = Math.min(longest, spans.length - i); n >= 1; n--) {
      const run = spans.slice(i, i + n);
      const joined = run.map((s) => text.slice(s.start, s.end)).join(' ');
      const date = !required || required.test(joined) ? readDateOrNoDay(joined, clock, locale) : undefined;
      if (date === 'no day') {
        namedNoDayUntil = i + n;
        break;
      }
      if (date) return { ...date, match: text.slice(run[0]?.start, run[n - 1]?.end) };
    }
  }
  return undefined;
}

function segments(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans.map(trimmed(text)).filter((s) => s.end > s.start);
}

/**
 * Runs of adjacent words that could each be part of a date (a number, a month or weekday, a
 * relative, connector, am/pm or zone word), holding a digit: only these are tried, so prose
 * costs one look per word.
 */
function dateWordRuns(text: string, locale: PageLocale | undefined): Span[][] {
  const vocabulary = languagesFor(locale).map((l) => datePatterns(l)?.vocabulary);
  const isDateWord = (word: string) => {
    const w = fold(word).replace(/[.:()]+$/, '');
    return (
      /\d/.test(w) ||
      vocabulary.some((v) => v?.has(w)) ||
      /^[ap]\.?m$|^[ap]$|^m$/.test(w) ||
      monthNumber(w) !== undefined ||
      weekdayNumber(w) !== undefined ||
      zoneOffset(w) !== undefined
    );
  };
  const runs: Span[][] = [[]];
  for (const span of words(text)) {
    if (isDateWord(text.slice(span.start, span.end))) runs[runs.length - 1]?.push(span);
    else if (runs[runs.length - 1]?.length) runs.push([]);
  }
  return runs.filter((run) => run.some((s) => /\d/.test(text.slice(s.start, s.end))));
}

function words(text: string): Span[] {
  return [...text.slice(0, SCAN_CHARS).matchAll(/[^\s·|•,]*[\p{L}\d][^\s·|•,]*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function trimmed(text: string): (s: Span) => Span {
  return ({ start, end }) => {
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    return { start, end };
  };
}
