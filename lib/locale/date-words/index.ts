import { languageOf, type PageLocale } from '../page-locale';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { DateWords } from './schema';

const tables: Record<string, DateWords> = { en, de, fr, es, pt, nl, it };

/** The languages whose dates Touchline reads, as `<html lang>` starts them. */
export const dateLanguages = Object.keys(tables);

export function dateWordsFor(lang: string): DateWords | undefined {
  return tables[languageOf({ lang })];
}

/**
 * The languages to read a page's dates in, its own first. English follows because CRMs leave
 * parts untranslated; a page whose language is unknown (or English) tries every language. A page
 * in a language without a table (Polish) reads English only: another language's words there are
 * the page's own words ("Dom", Polish for home, is no "dom." for Sunday).
 */
export function languagesFor(locale: PageLocale | undefined): string[] {
  const own = languageOf(locale);
  if (own === 'en') return dateLanguages;
  return own in tables ? [own, 'en'] : ['en'];
}
