/**
 * How much of an item's text beyond its subject is read: its From and To rows, the sender line,
 * the links to the owner and contacts stand there; a long mail's body further down is quoted text
 * and signatures, and reading it all would make a long feed slow.
 */
const AFTER_SUBJECT = 300;
/**
 * The most of a subject kept whole: a mail's header line holds at most 998 characters (RFC 5322),
 * so a longer first line is a body, not a subject, and is cut like one.
 */
const SUBJECT_AT_MOST = 998;

/**
 * The item's text, cut after its subject and the rows that follow it: a long subject (a pasted
 * sentence) never pushes the From and To rows out of what is read, which would lose the email's
 * direction. `subject` counts where the text opens with it.
 */
export function boundedDescription(text: string, subject: string): string {
  const opening = subject && text.startsWith(subject) ? Math.min(subject.length, SUBJECT_AT_MOST) : 0;
  return text.slice(0, opening + AFTER_SUBJECT);
}
