import type { Outcome } from '../../schema/activity';
import { subjectSaysCancelled } from './cancelled-subject';
import { statusOnly } from './meeting-status';
import type { SalesforceWords } from './words';

/**
 * Where a subject sets a label apart from its title: a spaced dash ("Demo - no show", not the
 * hyphen of "no-show" or "follow-up"), an en or em dash, a colon or a bar.
 */
const SEPARATOR = /\s+[-–—]+\s+|\s*[–—:|]\s*/;

/** A label in brackets opening or closing the subject ("(No Show) Demo", "Demo [Cancelled]"). */
const BRACKETED = [/^\s*[([]([^()[\]]+)[)\]]/, /[([]([^()[\]]+)[)\]]\s*$/];

/**
 * The status label a meeting's subject carries set apart from its title, where one does: a part
 * before or after the title behind a dash, colon or brackets that is nothing but status words
 * ("Pricing review – no show", "Demo (No Show)", "Held: Kickoff"). No source Touchline has
 * (crm-pages.md, crm-evidence-2.md) shows a Salesforce Event an outcome field, and a report's Event
 * has no outcome column: besides calendar sync's "Canceled:" (cancelled-subject.ts) and a field an
 * org adds, a rep can only say a meeting was missed in its subject, as such a label. Words inside
 * the title itself are what the meeting was about ("Review of the cancelled order", "Why was the
 * no-show fee charged?"), never how it went.
 */
export function subjectStatusLabel(subject: string): string | undefined {
  const parts = subject.split(SEPARATOR);
  const sides = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [];
  const bracketed = BRACKETED.map((label) => subject.match(label)?.[1]);
  return [...bracketed, ...sides].find((label) => label !== undefined && statusOnly(label) !== undefined);
}

/**
 * What a meeting's subject says of how it went: calendar sync's cancelled label in the page's or
 * file's languages ("Canceled: Pricing review", "Abgesagt: …"), else its status label
 * (subjectStatusLabel); undefined where it says nothing.
 */
export function subjectOutcome(subject: string, words: readonly SalesforceWords[]): Outcome | undefined {
  if (subjectSaysCancelled(subject, words)) return 'cancelled';
  const label = subjectStatusLabel(subject);
  return label === undefined ? undefined : statusOnly(label);
}
