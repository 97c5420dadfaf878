import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { LabelKey, SalesforceWords } from './types';

const BY_LANGUAGE: Record<string, SalesforceWords> = { en, de, fr, es, pt, nl, it };

/**
 * Every language's table, for what is read whatever the page's language (the CSV import's words).
 * Marked pure so a bundle that imports only this file's functions (the background's names-nobody.ts,
 * through tool-actor.ts) leaves the tables out: Rollup keeps an unmarked Object.values call.
 */
export const EVERY_LANGUAGE: readonly SalesforceWords[] = /* @__PURE__ */ Object.values(BY_LANGUAGE);

/**
 * The word tables to read a page with: its own language first, then English, which Lightning
 * falls back to for untranslated custom labels and which pages without a `lang` use.
 */
export function wordsFor(lang: string): SalesforceWords[] {
  const own = BY_LANGUAGE[lang.slice(0, 2).toLowerCase()];
  return own && own !== en ? [own, en] : [en];
}

/**
 * The page's language when Touchline has no table for it (Polish, say), else undefined: its
 * pages are still tried with English, but what only wording settles is then not read.
 */
export function untabledLanguage(lang: string): string | undefined {
  const code = lang.slice(0, 2).toLowerCase();
  return BY_LANGUAGE[code] ? undefined : code;
}

/** Every spelling of one label in the given tables, own language first. */
export function labelsOf(words: readonly SalesforceWords[], key: LabelKey): string[] {
  return [...new Set(words.flatMap((w) => w.labels[key]))];
}

/** Every entry of one word list in the given tables. */
export function wordsOf<
  K extends keyof Omit<
    SalesforceWords,
    | 'labels'
    | 'typeWords'
    | 'subjectType'
    | 'sentenceType'
    | 'monthGroups'
    | 'callResults'
    | 'loggedEmailPrefix'
    | 'systemUsers'
    | 'callComments'
    | 'messageSubject'
  >,
>(words: readonly SalesforceWords[], key: K): string[] {
  return words.flatMap((w) => w[key]);
}

/** Lower case, accents and no-break spaces folded: CRMs and translations disagree on them. */
export function norm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u202f\u2019]/g, (c) => (c === '\u2019' ? "'" : ' '))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when the text holds one of the phrases (folded, on word boundaries). */
export function saysAny(text: string, phrases: readonly string[]): boolean {
  const t = ` ${norm(text).replace(/[.,;:!?]/g, ' ')} `.replace(/\s+/g, ' ');
  return phrases.some((p) => t.includes(` ${norm(p)} `));
}

/** True when the text is exactly one of the words (folded). */
export function isOneOf(text: string, list: readonly string[]): boolean {
  const t = norm(text);
  return list.some((w) => norm(w) === t);
}

export type { LabelKey, SalesforceWords };
