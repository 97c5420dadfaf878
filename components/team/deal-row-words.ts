import { COLD_READ_IN_PART } from '../../lib/metrics/timeline-read-in-part';
import type { DealRow } from '../../lib/team/deal-row';
import { NO_VERDICT_WORDS } from '../no-verdict-words';
import { type NO_TOUCH_WORDS, WARNING_LABELS } from './labels';

/** Why a deal row has no days since a touch, in the order the panel asks (components/last-touch-reason.ts). */
export function noTouchReason(row: DealRow): keyof typeof NO_TOUCH_WORDS {
  if (row.undatedTouches) return 'undated-touches';
  if (row.onlyAutomatedTouches) return 'automated-not-counted';
  // Asked before retention, as the panel does: "none kept" is a claim the part not read may refute.
  if (row.timelineReadInPart) return 'activities-not-read';
  // A deal known only from a deal export names no contacts: nothing says whether anyone touched it.
  if (row.contactsWorked === null) return 'contacts-not-known';
  return row.lastTouchBeforeKept ? 'older-not-kept' : 'no-touches';
}

/**
 * Why a deal without a warning gets no verdict either: "on track" only holds when the time in
 * stage is known exactly and a typical time is there to hold it against. A lower bound under
 * the threshold says nothing about how far behind the deal may be (the panel says the same).
 */
export function noVerdict(row: DealRow): keyof typeof NO_VERDICT_WORDS | undefined {
  if (row.warning !== 'none') return undefined;
  if (row.outcomeNotRead) return 'outcome-not-read';
  if (row.daysInStage === null) return 'unknown';
  if (row.daysInStageAtLeast) return 'lower-bound';
  return row.typicalDays === null ? 'no-typical' : undefined;
}

/** The Warning column's words: the verdict, or why there is none. */
export function warningWords(row: DealRow): string {
  const none = noVerdict(row);
  return none ? NO_VERDICT_WORDS[none] : WARNING_LABELS[row.warning];
}

/**
 * Beside a deal row's last touch and contacts worked when its page showed the timeline filtered or
 * folded (DealRow.timelineReadInPart): the panel's caveats (COLD_READ_IN_PART, and its hint under
 * contacts worked) cut to a table cell, the full sentence in the tooltip.
 */
export const READ_IN_PART_WORDS = {
  lastTouch: { text: 'timeline read in part: may miss a newer touch', title: COLD_READ_IN_PART },
  contactsWorked: {
    text: 'timeline read in part: may miss a contact worked',
    title:
      'The timeline was read in part: a contact shown without touches in period may have been worked in the part not read.',
  },
} as const;
