import { fold } from '../../../locale/fold';
import { languageOf, type PageLocale } from '../../../locale/page-locale';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { HubSpotWords } from './types';

const BY_LANGUAGE: Record<string, HubSpotWords> = { en, de, fr, es, pt, nl, it };

/**
 * The wording to read a page with: its own language first, then English, which HubSpot leaves
 * untranslated in places (and which a page with no `lang` is read in).
 */
export function wordsFor(locale: PageLocale | undefined): readonly HubSpotWords[] {
  const own = BY_LANGUAGE[languageOf(locale)];
  return own && own !== en ? [own, en] : [en];
}

/**
 * The page's language when Touchline has no table for it (Polish, say), else undefined: its pages
 * are still read with English, but what only wording settles is then reported as not read.
 */
export function untabledLanguage(locale: PageLocale | undefined): string | undefined {
  const code = languageOf(locale);
  return BY_LANGUAGE[code] ? undefined : code;
}

/** Every language's wording: for what is told apart the same way whatever the page's language. */
export const EVERY_LANGUAGE: readonly HubSpotWords[] = Object.values(BY_LANGUAGE);

/** Every label a property is known by, in the page's languages. */
export function labelsOf(words: readonly HubSpotWords[], field: keyof HubSpotWords['labels']): string[] {
  return words.flatMap((w) => w.labels[field]);
}

/** A control's whole label ("Details", "Edit") in one of `words`' languages, however it is drawn. */
export function isControlLabel(text: string, words: readonly HubSpotWords[]): boolean {
  const folded = fold(text).trim();
  return words.some((w) => w.controls.test(folded));
}

/**
 * A value HubSpot ships that reads like a control's label ("Open"), in any of Touchline's
 * languages: a lead status set in English stays English on a page in another.
 */
export function isValueLikeControl(text: string): boolean {
  const folded = fold(text).trim();
  return EVERY_LANGUAGE.some((w) => w.valuesLikeControls?.test(folded) ?? false);
}
