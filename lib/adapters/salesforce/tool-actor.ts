import { isOneOf, type SalesforceWords, wordsOf } from './words';

/**
 * A name that is no person's: a tool that sends on its own ("Sales Engagement", "High Velocity
 * Sales", "Cadence": words' `automation`) or a system user ("Automated Process", which Flows act
 * as). An item it is named as doing is no rep's touch (metrics.md: activity per rep counts people).
 */
export function isToolActor(name: string, words: readonly SalesforceWords[]): boolean {
  return isOneOf(name, [...wordsOf(words, 'automation'), ...words.flatMap((w) => w.systemUsers ?? [])]);
}
