import { compileNow } from '../compile-now';
import { fold } from '../fold';
import { alternatives } from '../language-patterns';
import { allLanguages, wordsFor } from './index';
import type { LocaleWords } from './schema';

type Table = Record<string, string[]>;
type Pick = (w: LocaleWords) => Table;

const compiled = new Map<string, [string, RegExp][]>();

/**
 * The entry of a word table whose word comes first in the text (the longest at one place), in
 * the page's language first, then in any language. Words match whole, case and accents aside.
 */
function firstOf(name: string, pick: Pick, text: string, lang: string | undefined): string | undefined {
  const folded = fold(text);
  for (const langs of triesFor(lang)) {
    let best: { key: string; at: number; length: number } | undefined;
    for (const [key, regex] of patterns(name, pick, langs)) {
      const m = folded.match(regex);
      if (!m || m.index === undefined) continue;
      const at = m.index + (m[1]?.length ?? 0);
      const length = (m[2] as string).length;
      if (!best || at < best.at || (at === best.at && length > best.length)) best = { key, at, length };
    }
    if (best) return best.key;
  }
  return undefined;
}

/** The page's own language alone first (when Touchline has its words), then every language. */
function triesFor(lang: string | undefined): string[][] {
  const own = lang ? fold(lang).split(/[-_]/)[0] : undefined;
  return own && allLanguages.includes(own) ? [[own], allLanguages] : [allLanguages];
}

function patterns(name: string, pick: Pick, langs: string[]): [string, RegExp][] {
  const cacheKey = `${name}:${langs.join()}`;
  let list = compiled.get(cacheKey);
  if (!list) {
    const merged: Record<string, string[]> = {};
    for (const lang of langs) {
      const table = wordsFor(lang);
      for (const [key, words] of Object.entries(table ? pick(table) : {})) {
        merged[key] = [...(merged[key] ?? []), ...words.map(fold)];
      }
    }
    list = Object.entries(merged)
      .filter(([, words]) => words.length > 0)
      .map(([key, words]) => [key, new RegExp(`(^|[^\\p{L}\\d])(${alternatives(words)})(?![\\p{L}\\d])`, 'u')]);
    compiled.set(cacheKey, list);
  }
  return list;
}

const OUT_OF_OFFICE: Pick = (w) => ({ yes: w.outOfOffice });
const OPENING: Pick = (w) => ({ yes: w.outOfOfficeOpening });

/** Whether an email reads as an automatic out-of-office reply: its words anywhere, or opening it. */
export function isOutOfOffice(text: string, lang?: string): boolean {
  return (
    firstOf('outOfOffice', OUT_OF_OFFICE, text, lang) !== undefined ||
    opensWith('outOfOfficeOpening', OPENING, text, lang)
  );
}

const RECEIPT: Pick = (w) => ({ yes: w.readReceipt });

/**
 * The subject a read receipt reports on, folded ("Gelesen: Angebot 2027" → "angebot 2027"): what
 * follows a receipt's opening word, in the page's language first. Undefined where none opens it.
 */
export function receiptSubject(text: string, lang?: string): string | undefined {
  const folded = fold(text).trimStart();
  for (const langs of triesFor(lang))
    for (const [, regex] of patterns('readReceipt', RECEIPT, langs)) {
      const found = folded.match(regex);
      if (found?.index === 0) return folded.slice(found[0].length).trim();
    }
  return undefined;
}

/** Whether a word of the table is the text's first. */
function opensWith(name: string, pick: Pick, text: string, lang: string | undefined): boolean {
  const folded = fold(text).trimStart();
  return triesFor(lang).some((langs) =>
    patterns(name, pick, langs).some(([, regex]) => folded.match(regex)?.index === 0),
  );
}

/**
 * Builds and compiles what `isOutOfOffice` uses on a page in `lang`, a language set per step,
 * ahead of the reading's last step (their Unicode classes take milliseconds to compile: compile-now.ts).
 */
export function* prepareOutOfOffice(lang?: string): Generator<void, void, void> {
  for (const langs of triesFor(lang)) {
    for (const [, regex] of patterns('outOfOffice', OUT_OF_OFFICE, langs)) compileNow(regex);
    for (const [, regex] of patterns('outOfOfficeOpening', OPENING, langs)) compileNow(regex);
    yield;
  }
}
