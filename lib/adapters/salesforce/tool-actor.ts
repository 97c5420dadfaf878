import { isOneOf, type SalesforceWords, wordsOf } from './words';
import { AUTOMATION, SYSTEM_USERS } from './words/tool-actors';

/**
 * A name that is no person's: a tool that sends on its own ("Sales Engagement", "High Velocity
 * Sales", "Cadence": words' `automation`) or a system user ("Automated Process", which Flows act
 * as). An item it is named as doing is no rep's touch (metrics.md: activity per rep counts people).
 */
export function isToolActor(name: string, words: readonly SalesforceWords[]): boolean {
  return isOneOf(name, [...wordsOf(words, 'automation'), ...words.flatMap((w) => w.systemUsers ?? [])]);
}

/**
 * isToolActor in every language, read from the small lists rather than the word tables: a stored
 * name was read on a page of any language, and the background (names-nobody.ts) needs no table.
 */
export function isToolActorInAnyLanguage(name: string): boolean {
  return isOneOf(name, [...Object.values(AUTOMATION).flat(), ...Object.values(SYSTEM_USERS).flat()]);
}
