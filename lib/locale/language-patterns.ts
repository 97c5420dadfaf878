import { dateWordsFor } from './date-words';
import type { UnitWord } from './date-words/schema';
import { escapeRegExp } from './escape-regexp';
import { fold } from './fold';

/** One language's date words folded and compiled (once per language, on first use). */
export interface DatePatterns {
  now: Set<string>;
  days: Map<string, number>;
  /** Count, unit word, and whether the phrase looks back ("vor 2 Tagen") or ahead ("in 2 days"). */
  ago: RegExp;
  ahead: RegExp;
  one: Set<string>;
  units: Map<string, UnitWord>;
  previous: Set<string>;
  connectors: string[];
  /** Every single word of the phrases above, to tell words that can sit inside a date from prose. */
  vocabulary: Set<string>;
}

const cache = new Map<string, DatePatterns | null>();

export function datePatterns(lang: string): DatePatterns | undefined {
  if (!cache.has(lang)) cache.set(lang, compile(lang));
  return cache.get(lang) ?? undefined;
}

/** Alternatives for a regular expression, longest first so "minutes" wins over "min". */
export function alternatives(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

function compile(lang: string): DatePatterns | null {
  const w = dateWordsFor(lang);
  if (!w) return null;
  const units = new Map<string, UnitWord>();
  // A unit's dot ("vor 2 Std.", Intl's short style) is gone when it ends the text: read-date.ts strips
  // a date's final punctuation, so a dotted form is known without its dot too.
  for (const [unit, forms] of Object.entries(w.units))
    for (const f of forms) for (const form of [fold(f), fold(f).replace(/\.$/, '')]) units.set(form, unit as UnitWord);
  const one = w.one.map(fold);
  const count = `(\\d+|${alternatives(one)}) ?(${alternatives([...units.keys()])})`;
  const phrase = (p: { before: string[]; after: string[] }) => {
    const before = p.before.length ? `(?:(${alternatives(p.before.map(fold))}) )?` : '()';
    const after = p.after.length ? `(?: (${alternatives(p.after.map(fold))}))?` : '()';
    return new RegExp(`^${before}${count}${after}$`);
  };
  const phrases = [
    ...w.now,
    ...Object.keys(w.days),
    ...w.ago.before,
    ...w.ago.after,
    ...w.ahead.before,
    ...w.ahead.after,
  ];
  const vocabulary = [...phrases, ...w.one, ...w.previous, ...w.connectors, ...units.keys()];
  return {
    vocabulary: new Set(vocabulary.flatMap((v) => fold(v).split(' '))),
    now: new Set(w.now.map(fold)),
    days: new Map(Object.entries(w.days).map(([k, v]) => [fold(k), v])),
    ago: phrase(w.ago),
    ahead: phrase(w.ahead),
    one: new Set(one),
    units,
    previous: new Set(w.previous.map(fold)),
    connectors: w.connectors.map(fold),
  };
}
