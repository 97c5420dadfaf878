import { shownOwner } from '../no-owner';
import type { Wording } from './wording';

/** The owner a field or an item names, or undefined where it says nobody ("(No owner)", "Unassigned", empty). */
export function pipedriveOwner(text: string | undefined, words: Wording): string | undefined {
  return shownOwner(text, words.noOwner);
}
