import { shownOwner } from '../no-owner';
import type { HubSpotWords } from './words/types';

/** The owner a record's property or an item names, or undefined where it says nobody ("No owner", "Aucun propriétaire"). */
export function hubSpotOwner(text: string | undefined, words: readonly HubSpotWords[]): string | undefined {
  return shownOwner(
    text,
    words.flatMap((w) => w.noOwner),
  );
}
