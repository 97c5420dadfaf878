import type { Channel, Outcome } from '../schema/activity';

/** The outcomes each channel can have; other channels have none. Free of zod: the panel's details form uses it. */
export const CHANNEL_OUTCOMES: Partial<Record<Channel, readonly Outcome[]>> = {
  call: ['connected', 'no-answer', 'voicemail', 'busy', 'unknown'],
  meeting: ['held', 'no-show', 'cancelled', 'unknown'],
};

/** Calls and meetings have outcomes, each its own kind (contracts.md); other channels none. */
export function outcomeFits(channel: Channel, outcome: Outcome | undefined): boolean {
  return outcome === undefined || (CHANNEL_OUTCOMES[channel]?.includes(outcome) ?? false);
}
