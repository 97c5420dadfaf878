import type { Direction, Outcome } from '../../schema/activity';
import { fold } from '../fold';
import { alternatives } from '../language-patterns';
import { allLanguages, wordsFor } from './index';
import type { LocaleWords, TypeWord } from './schema';

type Table = Record<string, string[]>;
type Pick = (w: LocaleWords) => Table;

const compiled = new Map<string, [string, RegExp][]>();

/**
 * The entry of a word table whose word comes first in the text (the longest at one place), in
 * the page's language first, then in any language. Words match whole, case and accents aside.
 */
function firstOf(name: string, pick: Pick, text: string, lang: string | undefined): string | undefined {
  const folded = fold(text);
  const own = lang ? fold(lang).split(/[-_]/)[0] : undefined;
  const tries = own && allLanguages.includes(own) ? [[own], allLanguages] : [allLanguages];
  for (const langs of tries) {
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

/** The activity type a short text names ("Anruf", "Appel - Connecté", "Logged call"). */
export function typeFromWords(text: string, lang?: string): TypeWord | undefined {
  return firstOf('types', (w) => w.types, text, lang) as TypeWord | undefined;
}

/** Outbound for "sent"/"Gesendet"/"envoyé", inbound for "received"/"Empfangen"/"reçu". */
export function directionFromWords(text: string, lang?: string): Exclude<Direction, 'unknown'> | undefined {
  const found = firstOf(
    'direction',
    (w) => ({ outbound: w.direction.sent, inbound: w.direction.received }),
    text,
    lang,
  );
  return found as Exclude<Direction, 'unknown'> | undefined;
}

/** True for planned wording ("upcoming", "Anstehend", "À venir"), false for done ("completed", "Erledigt", "Terminé"). */
export function plannedFromWords(text: string, lang?: string): boolean | undefined {
  const found = firstOf('planned', (w) => ({ planned: w.planned, done: w.done }), text, lang);
  return found === undefined ? undefined : found === 'planned';
}

/** A call's outcome from its wording ("no answer", "Besetzt", "Connecté", "buzón de voz"). */
export function outcomeFromWords(text: string, lang?: string): Exclude<Outcome, 'unknown'> | undefined {
  return firstOf('outcomes', (w) => w.outcomes, text, lang) as Exclude<Outcome, 'unknown'> | undefined;
}

/** Whether an email reads as an automatic out-of-office reply. */
export function isOutOfOffice(text: string, lang?: string): boolean {
  return firstOf('outOfOffice', (w) => ({ yes: w.outOfOffice }), text, lang) !== undefined;
}

/** Which address line a label starts ("From:", "Von:", "De :", "Para:"), for direction from who sent it. */
export function addressLabel(text: string, lang?: string): 'from' | 'to' | undefined {
  const label = text.replace(/\s*:.*$/s, '');
  const found = firstOf('address', (w) => ({ from: w.direction.from, to: w.direction.to }), label, lang);
  return found === undefined || fold(label).split(' ').length > 2 ? undefined : (found as 'from' | 'to');
}
