import type { ActivityType } from '../../schema/activity';
import type { ItemParts } from './item-text';
import { norm, type SalesforceWords } from './words';

/** Salesforce's key prefix of Task ids: a Task is known by its id where its link names no object. */
const TASK_ID = /^00T/;

/**
 * An item's title: its subject, else its sentence. An email logged from a mail client is a Task
 * whose subject is the mail's behind Salesforce's label ("Email: Rollout plan"); the label is left
 * out, so the Task and the same mail captured by Einstein Activity Capture or synced as an
 * EmailMessage carry one title, and the duplicate rules (metrics.md rule 3) see one touch. An
 * EmailMessage's subject is the mail's own, whatever it opens with: never cut.
 */
export function itemTitle(parts: ItemParts, type: ActivityType, words: readonly SalesforceWords[]): string {
  const title = parts.subject || parts.summary;
  return type === 'email' && isTask(parts) ? withoutLoggedEmailLabel(title, words) : title;
}

/** A logged email Task's subject without Salesforce's label ("Email: Rollout plan" is "Rollout plan"). */
export function withoutLoggedEmailLabel(subject: string, words: readonly SalesforceWords[]): string {
  return withoutLabel(
    subject,
    words.flatMap((w) => w.loggedEmailPrefix ?? []),
  );
}

/** The subject without the first of `labels` it opens with (withoutLoggedEmailLabel). */
export function withoutLabel(subject: string, labels: readonly string[]): string {
  const shown = subject.trim();
  const label = labels.find((prefix) => norm(shown.slice(0, prefix.length)) === norm(prefix));
  // A subject that is the label alone keeps it: the mail's subject is not shown.
  return (label && shown.slice(label.length).trim()) || subject;
}

/** Whether a Salesforce id is a Task's (its key prefix). */
export function isTaskId(sourceId: string | undefined): boolean {
  return sourceId !== undefined && TASK_ID.test(sourceId);
}

function isTask({ object, kind, sourceId }: ItemParts): boolean {
  return object === 'Task' || kind === 'task' || isTaskId(sourceId);
}
