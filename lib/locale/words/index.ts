import { languageOf, type PageLocale } from '../page-locale';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import { pt } from './pt';
import type { LocaleWords } from './schema';

const tables: Record<string, LocaleWords> = { en, de, fr, es, pt, nl };

/** The languages Touchline reads, page language codes as `<html lang>` starts them. */
export const allLanguages = Object.keys(tables);

/** One language's words; undefined for a language Touchline has no words for. */
export function wordsFor(lang: string): LocaleWords | undefined {
  return tables[languageOf({ lang })];
}

/**
 * The languages to try for a page, its own first. English always follows because CRMs leave
 * parts untranslated; a page whose language is unknown (or English) tries every language.
 */
export function languagesFor(locale: PageLocale | undefined): string[] {
  const own = languageOf(locale);
  return own === 'en' || !(own in tables) ? allLanguages : [own, 'en'];
}
