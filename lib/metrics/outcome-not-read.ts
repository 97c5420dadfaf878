import type { Deal } from '../schema/record';
import { dealOutcome } from './closed-stage';
import { currentStage } from './stage-time';

/**
 * Whether the deal may be won or lost without Touchline knowing: its newest reading could not read
 * the outcome of the stage it is still in (Deal.outcomeNotReadIn), and nothing else says it closed.
 */
export function outcomeNotRead(deal: Deal): boolean {
  if (dealOutcome(deal) !== undefined || deal.outcomeNotReadIn === undefined) return false;
  return deal.outcomeNotReadIn === currentStage(deal);
}
