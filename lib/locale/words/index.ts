import { languageOf } from '../page-locale';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { LocaleWords } from './schema';

const tables: Record<string, LocaleWords> = { en, de, fr, es, pt, nl, it };

/** The languages Touchline has activity words for, as `<html lang>` starts them. */
export const allLanguages = Object.keys(tables);

/** One language's activity words ("de-DE" and "de" alike); undefined for a language Touchline has none for. */
export function wordsFor(lang: string): LocaleWords | undefined {
  return tables[languageOf({ lang })];
}
