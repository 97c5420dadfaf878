import type { Outcome } from '../../schema/activity';
import { isOneOf, type SalesforceWords } from './words';

/**
 * The outcome one of Sales Engagement's own call results says, shown as the whole "Call Result":
 * `unknown` for one that does not say whether anyone was reached, undefined for any other value
 * (an org's own, read from its wording).
 */
export function documentedCallOutcome(result: string, words: readonly SalesforceWords[]): Outcome | undefined {
  for (const { callResults } of words) {
    if (!callResults) continue;
    if (isOneOf(result, callResults.connected)) return 'connected';
    if (isOneOf(result, callResults.voicemail)) return 'voicemail';
    if (isOneOf(result, callResults.unsettled)) return 'unknown';
  }
  return undefined;
}

/** Whether the result is a documented one that does not say whether anyone was reached ("Call Back Later"). */
export function isUnsettledCallResult(result: string, words: readonly SalesforceWords[]): boolean {
  return words.some(({ callResults }) => !!callResults && isOneOf(result, callResults.unsettled));
}
