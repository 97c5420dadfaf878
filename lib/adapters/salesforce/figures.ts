import type { CrmFigures } from '../../schema/crm-figures';
import type { NotRead } from '../../schema/read-result';
import { fieldDate } from './field-date';
import { fieldValue } from './fields';
import type { PageWords } from './read-contact';
import { labelsOf } from './words';

/**
 * Salesforce's own figure: "Last Activity" (LastActivityDate, a date without a time: the latest
 * due date of a closed task or past event), read as midnight in the user's zone.
 */
export function readFigures(view: Element, page: PageWords, notRead: NotRead[]): CrmFigures {
  const text = fieldValue(view, labelsOf(page.words, 'lastActivity'), page.recordId);
  if (!text) {
    notRead.push({ field: 'crmFigures.lastActivity', reason: 'no "Last Activity" field on the page' });
    return {};
  }
  const lastActivity = fieldDate(text, page)?.timestamp;
  if (lastActivity) return { lastActivity };
  notRead.push({ field: 'crmFigures.lastActivity', reason: `unreadable date "${text}"` });
  return {};
}
