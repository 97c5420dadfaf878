import type { ActivityType, Direction, Outcome } from '../../schema/activity';

/** A field of one item that only its wording could settle, with why it was not read. */
export interface Unread {
  field: 'type' | 'direction' | 'automated' | 'outcome';
  reason: string;
}

export interface UntabledReading {
  /** The type came from the item's structure or icon; false: nothing but wording could tell. */
  typeRead: boolean;
  type: ActivityType;
  direction: Direction;
  /** True when the item's icon or its English wording said a sequence or workflow sent it. */
  automated: boolean;
  outcome: Outcome | undefined;
}

/**
 * What an item on a page in a language without a word table (Polish, say) leaves unread
 * (README: what only wording tells is reported as not read rather than guessed), as the Salesforce
 * reader does: its kind when no icon or note card shows it (an email open reads like an email),
 * a touch's direction, whether a tool sent an email ("Sekvens-e-mail", a sequence step, is counted
 * as a manual touch otherwise) unless it came from the contact, a meeting's outcome (whether it was held).
 */
export function unreadInLanguage(language: string, item: UntabledReading): Unread[] {
  const because = `the page is in "${language}", a language Touchline has no words for`;
  const unread: Unread[] = [];
  if (!item.typeRead)
    unread.push({ field: 'type', reason: `${because}: only its wording says what it was (a touch or not)` });
  if (item.direction === 'unknown' && (item.type === 'email' || item.type === 'call'))
    unread.push({ field: 'direction', reason: `${because}: only its wording says who reached whom` });
  if (item.type === 'email' && !item.automated && item.direction !== 'inbound')
    unread.push({
      field: 'automated',
      reason: `${because}: only its wording says whether a sequence or workflow sent it`,
    });
  if (item.type === 'meeting' && (item.outcome === undefined || item.outcome === 'unknown'))
    unread.push({ field: 'outcome', reason: `${because}: only its wording says whether it was held` });
  return unread;
}
