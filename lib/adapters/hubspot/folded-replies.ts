import { fold } from '../../locale/fold';
import type { NotRead } from '../../schema/read-result';
import { spacedText } from '../dom';
import type { TimelineItem } from './read-timeline';
import type { HubSpotWords } from './words/types';

/** A count of folded replies is a short line of its own ("3 replies"), not a sentence holding one. */
const LONGEST = 30;

/**
 * HubSpot groups an email conversation in the timeline: the preview shows the latest message and
 * a count of the others folded under it ("3 replies"), opened only by a click. Each folded message
 * is an email touch whose date and sender the page did not show (metrics.md: replies decide the
 * reply rate), so the timeline was read in part: one entry per such thread, never invented emails.
 */
export function foldedReplies(items: readonly TimelineItem[], words: readonly HubSpotWords[]): NotRead[] {
  return items.flatMap(({ activity, card, parts }) => {
    const count = activity.type === 'email' ? replyCount(card, words) : undefined;
    return count
      ? [
          {
            field: 'activities',
            reason: `the email thread "${(parts.header || activity.title).slice(0, 80)}" shows "${count}" folded under its latest message: those emails were not read (their dates and senders were not shown)`,
            part: 'emails' as const,
          },
        ]
      : [];
  });
}

/** The item's own line counting its folded replies, in one of the page's languages. */
function replyCount(card: Element, words: readonly HubSpotWords[]): string | undefined {
  for (const el of Array.from(card.querySelectorAll('*'))) {
    const text = spacedText(el);
    if (text.length > LONGEST || !/\d/.test(text)) continue;
    const folded = fold(text).trim();
    if (words.some((w) => w.foldedReplies.test(folded))) return text;
  }
  return undefined;
}
