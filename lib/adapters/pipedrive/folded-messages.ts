import type { NotRead } from '../../schema/read-result';
import { follows } from '../dom';
import { chunksOf, linesOf, lineText } from './lines';
import { mailLineList } from './mail-lines';
import { messageStarts } from './mail-thread';
import { isWord } from './text-match';
import { threadSizeWords, type Wording } from './wording';

/** A count of folded messages is a short control or line of its own, not a sentence holding one. */
const LONGEST = 40;

/**
 * An opened thread may show its latest messages and fold the older ones behind a control counting
 * them ("2 earlier messages", "Show 2 more messages"), as conversation views do; a collapsed one
 * shows its latest message and, beside its subject, how many it holds ("3 messages", "3
 * Nachrichten"), as mail lists show a conversation. Each message not shown is a mail touch whose
 * date and sender the page does not show (metrics.md: replies decide the reply rate), so the feed
 * was read in part: reported once per thread, as HubSpot's folded replies are, never invented
 * emails (crm-pages.md: report, never guess).
 */
export function foldedMessagesGap(thread: Element, title: string, words: Wording): NotRead[] {
  const subject = `the email thread "${title.slice(0, 80)}"`;
  const folded = countIn(thread, words.foldedMessages);
  if (folded)
    return [
      {
        field: 'activities',
        reason: `${subject} shows "${folded}" folded away: those emails were not read (their dates and senders were not shown)`,
        part: 'emails',
      },
    ];
  // The messages the thread shows, each read (mail-thread.ts); one at least, the mail the item is.
  const starts = messageStarts(thread, words);
  const shown = Math.max(1, starts.length);
  // A thread's size stands beside its subject, above its mails' headers: a body's "2 emails" is
  // prose. A mail showing no header (From/To lines, a sender's head) has no place above it to tell.
  const headers = [mailLineList(thread, words)[0]?.start, starts[0]].filter((el): el is Element => !!el);
  const size =
    headers.length === 0
      ? undefined
      : countIn(thread, threadSizeWords, (el) => headers.every((header) => follows(header, el)));
  const unshown = size ? Number(size.match(/\d+/)?.[0]) - shown : 0;
  return unshown > 0
    ? [
        {
          field: 'activities',
          reason: `${subject} holds "${size}" and shows ${shown}: the other ${unshown} were not read (their dates and senders were not shown)`,
          part: 'emails',
        },
      ]
    : [];
}

/**
 * The thread's own control or line counting messages, in the words given: a line of it ("Show
 * <b>2</b> more messages") or a piece of one (a button or label beside the subject), among those
 * `where` keeps.
 */
function countIn(
  thread: Element,
  counts: readonly string[],
  where: (el: Element) => boolean = () => true,
): string | undefined {
  const texts = [
    ...linesOf(thread).filter(where).map(lineText),
    ...chunksOf(thread)
      .filter((chunk) => where(chunk.el))
      .map((chunk) => chunk.text),
  ];
  return texts.find((text) => text.length <= LONGEST && /\d/.test(text) && isWord(text.replace(/\d+/g, '#'), counts));
}
