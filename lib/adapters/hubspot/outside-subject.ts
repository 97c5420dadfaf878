/**
 * An item's text with its subject line left out: a subject is typed by a person ("Workflow: PO
 * approval steps"), so a tag HubSpot prints beside it ("Sequence: Q4 outreach") is looked for in
 * the rest only. The subject is the first line under the header, so its first occurrence goes.
 */
export function outsideSubject(text: string, subject: string | undefined): string {
  const at = subject ? text.indexOf(subject) : -1;
  return subject && at >= 0 ? `${text.slice(0, at)} ${text.slice(at + subject.length)}` : text;
}
