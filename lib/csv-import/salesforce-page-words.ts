import { documentedCallOutcome } from '../adapters/salesforce/call-result';
import { isTaskId, withoutLoggedEmailLabel } from '../adapters/salesforce/logged-email-title';
import { messageChannel, subjectSaysInbound } from '../adapters/salesforce/message-subject';
import { subjectOutcome } from '../adapters/salesforce/subject-status';
import { EVERY_LANGUAGE, type SalesforceWords, wordsFor } from '../adapters/salesforce/words';
import type { ActivityType, Outcome } from '../schema/activity';

/**
 * The Salesforce page reader's word tables for an export whose headers are in `lang`
 * (detectColumns), as that reader reads a page in the language: its words, then English. A file
 * whose headers matched no language may be in any, so it gets every language's.
 */
function wordsOf(lang: string | undefined): readonly SalesforceWords[] {
  return lang ? wordsFor(lang) : EVERY_LANGUAGE;
}

/**
 * A row's title as the page reader titles the same item (itemTitle): a logged email's Task
 * without Salesforce's label ("Email: Pricing for Q1" is "Pricing for Q1"), so the report's copy
 * and the page's carry one title and duplicate rule 3 (metrics.md) sees one email. An activity
 * report holds Tasks and Events, so an email row is a Task unless its Activity ID says otherwise.
 */
export function salesforceTitle(
  subject: string,
  type: ActivityType,
  sourceId: string | undefined,
  lang: string | undefined,
): string {
  const task = sourceId === undefined || isTaskId(sourceId);
  return type === 'email' && task ? withoutLoggedEmailLabel(subject, wordsOf(lang)) : subject;
}

/**
 * The channel a Task's subject says its message went on ("LinkedIn: Congrats on the launch" is
 * social), as the page reader types a Task with no call, email or event kind (messageChannel):
 * Lightning has no activity type for LinkedIn or text messages, so a report's Task Subtype says "Task".
 */
export function salesforceTaskChannel(subject: string, lang: string | undefined): 'social' | 'sms' | undefined {
  return messageChannel(subject, wordsOf(lang));
}

/** The subject says the contact sent the message ("SMS received: …"), as the page reader reads it (subjectSaysInbound). */
export function salesforceSubjectSaysInbound(subject: string, lang: string | undefined): boolean {
  return subjectSaysInbound(subject, wordsOf(lang));
}

/**
 * What a meeting's subject says of how it went, as the page reader reads the same Event's subject
 * (subjectOutcome): calendar sync's cancelled label in the file's language ("Canceled: Pricing
 * review"), else a status label set apart from its title ("Pricing review – no show"), never a
 * word inside the title ("Cancelled order review" is a meeting about one). Undefined where the
 * subject says nothing: a report's Event has no outcome column, so nothing else does either.
 */
export function salesforceMeetingOutcome(subject: string, lang: string | undefined): Outcome | undefined {
  return subjectOutcome(subject, wordsOf(lang));
}

/**
 * The outcome one of Sales Engagement's own call results says ("Meaningful Connect" is connected,
 * "Call Back Later" says nothing of whether anyone was reached: unknown), from the page reader's
 * table (documentedCallOutcome); undefined for any other Call Result, which the import's table reads.
 */
export function salesforceCallResultOutcome(result: string, lang: string | undefined): Outcome | undefined {
  return documentedCallOutcome(result, wordsOf(lang));
}
