import type { CrmFigures } from '../../schema/crm-figures';
import type { NotRead } from '../../schema/read-result';
import { parseHubSpotDate } from './page-date';
import { parseCount, propertyValue } from './properties';
import type { ReadingContext } from './reading-context';
import { labelsOf } from './words/index';

/**
 * HubSpot's own "Last contacted" (notes_last_contacted), "Number of times contacted"
 * (num_contacted_notes) and "Number of sales activities" (num_notes), by their labels in the page's language.
 */
export function readFigures(root: Element, context: ReadingContext, notRead: NotRead[]): CrmFigures {
  const figures: CrmFigures = {};
  const label = (field: 'lastContacted' | 'timesContacted' | 'salesActivities') => labelsOf(context.words, field);
  const last = propertyValue(root, label('lastContacted'), context.labels);
  const lastAt = last ? parseHubSpotDate(last, context.clock, context.locale) : undefined;
  if (lastAt) figures.lastContacted = lastAt;
  else notRead.push({ field: 'crmFigures.lastContacted', reason: why('Last contacted', last) });
  const times = propertyValue(root, label('timesContacted'), context.labels);
  const timesCount = parseCount(times);
  if (timesCount !== undefined) figures.timesContacted = timesCount;
  else notRead.push({ field: 'crmFigures.timesContacted', reason: why('Number of times contacted', times) });
  const sales = propertyValue(root, label('salesActivities'), context.labels);
  const salesCount = parseCount(sales);
  if (salesCount !== undefined) figures.salesActivities = salesCount;
  else notRead.push({ field: 'crmFigures.salesActivities', reason: why('Number of sales activities', sales) });
  return figures;
}

function why(label: string, shown: string | undefined): string {
  return shown
    ? `"${label}" shows "${shown}", not a value Touchline understands`
    : `no "${label}" property on the page`;
}
