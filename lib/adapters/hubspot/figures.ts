import type { CrmFigures } from '../../schema/crm-figures';
import type { NotRead } from '../../schema/read-result';
import type { PageClock } from '../types';
import { parseHubSpotDate } from './page-date';
import { parseCount, propertyValue } from './properties';

/** The task's three HubSpot figures, by their property labels (internal names in brackets). */
const LABELS = {
  lastContacted: ['Last contacted'], // notes_last_contacted
  timesContacted: ['Number of times contacted'], // num_contacted_notes
  salesActivities: ['Number of sales activities'], // num_notes
} as const;

/** HubSpot's own "Last contacted", "Number of times contacted", "Number of sales activities". */
export function readFigures(root: Element, clock: PageClock, notRead: NotRead[]): CrmFigures {
  const figures: CrmFigures = {};
  const last = propertyValue(root, LABELS.lastContacted);
  const lastAt = last ? parseHubSpotDate(last, clock) : undefined;
  if (lastAt) figures.lastContacted = lastAt;
  else notRead.push({ field: 'crmFigures.lastContacted', reason: why('Last contacted', last) });
  const times = propertyValue(root, LABELS.timesContacted);
  const timesCount = parseCount(times);
  if (timesCount !== undefined) figures.timesContacted = timesCount;
  else notRead.push({ field: 'crmFigures.timesContacted', reason: why('Number of times contacted', times) });
  const sales = propertyValue(root, LABELS.salesActivities);
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
