import type { NotRead } from '../../schema/read-result';
import { chunksOf, linesOf, lineText } from './lines';
import { isWord } from './text-match';
import type { Wording } from './wording';

/** A count of folded messages is a short control or line of its own, not a sentence holding one. */
const LONGEST = 40;

/**
 * An opened thread may show its latest messages and fold the older ones behind a control counting
 * them ("2 earlier messages", "Show 2 more messages"), as conversation views do. Each folded
 * message is a mail touch whose date and sender the page does not show (metrics.md: replies
 * decide the reply rate), so the feed was read in part: reported once per thread, as HubSpot's
 * folded replies are, never invented emails (crm-pages.md: report, never guess).
 */
export function foldedMessagesGap(thread: Element, title: string, words: Wording): NotRead[] {
  const count = foldedCount(thread, words);
  return count
    ? [
        {
          field: 'activities',
          reason: `the email thread "${title.slice(0, 80)}" shows "${count}" folded away: those emails were not read (their dates and senders were not shown)`,
        },
      ]
    : [];
}

/**
 * The thread's own control or line counting its folded messages, in the page's language or English:
 * a line of it ("Show <b>2</b> more messages") or a piece of one (a button beside the subject).
 */
function foldedCount(thread: Element, words: Wording): string | undefined {
  const texts = [...linesOf(thread).map(lineText), ...chunksOf(thread).map((chunk) => chunk.text)];
  return texts.find(
    (text) => text.length <= LONGEST && /\d/.test(text) && isWord(text.replace(/\d+/g, '#'), words.foldedMessages),
  );
}
