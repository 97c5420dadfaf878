import type { CrmFigures } from '../../schema/crm-figures';
import type { NotRead } from '../../schema/read-result';
import { parsePageDate } from '../dates';
import type { PageClock } from '../types';
import { fieldValue } from './fields';

/**
 * Salesforce's own figure: "Last Activity" (LastActivityDate, a date without a time: the latest
 * due date of a closed task or past event), read as midnight in the user's zone.
 */
export function readFigures(view: Element, clock: PageClock, notRead: NotRead[]): CrmFigures {
  const text = fieldValue(view, ['Last Activity', 'Last Activity Date']);
  if (!text) {
    notRead.push({ field: 'crmFigures.lastActivity', reason: 'no "Last Activity" field on the page' });
    return {};
  }
  const lastActivity = parsePageDate(text, clock);
  if (lastActivity) return { lastActivity };
  notRead.push({ field: 'crmFigures.lastActivity', reason: `unreadable date "${text}"` });
  return {};
}
