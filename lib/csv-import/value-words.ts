import { fold } from '../locale/fold';
import type { ActivityType, Crm, Outcome } from '../schema/activity';
import { EXPORT_WORDS } from './words';
import type { ExportWords } from './words/schema';

/** One CRM's cell values in every language it exports, folded for lookup. */
export interface ValueWords {
  types: Map<string, ActivityType>;
  directions: Map<string, 'inbound' | 'outbound'>;
  outcomes: Map<string, Outcome>;
  status: Map<string, 'done' | 'planned'>;
  automatedTypes: Set<string>;
}

const cache = new Map<Crm, ValueWords>();

/**
 * Values are looked up in all of a CRM's languages at once: a German export of a team that kept
 * English type names is common, and no word means one thing in one language and another in the next.
 */
export function valueWordsOf(crm: Crm): ValueWords {
  let found = cache.get(crm);
  if (!found) {
    found = compile(Object.values(EXPORT_WORDS[crm]));
    cache.set(crm, found);
  }
  return found;
}

function compile(languages: ExportWords[]): ValueWords {
  const words: ValueWords = {
    types: new Map(),
    directions: new Map(),
    outcomes: new Map(),
    status: new Map(),
    automatedTypes: new Set(),
  };
  for (const lang of languages) {
    addAll(words.types, lang.types);
    addAll(words.directions, lang.directions);
    addAll(words.outcomes, lang.outcomes);
    addAll(words.status, lang.status);
    for (const word of lang.automatedTypes ?? []) words.automatedTypes.add(fold(word));
  }
  return words;
}

function addAll<V extends string>(into: Map<string, V>, table: Partial<Record<V, string[]>>): void {
  for (const [value, list] of Object.entries(table) as [V, string[]][]) {
    for (const word of list) if (!into.has(fold(word))) into.set(fold(word), value);
  }
}
