import { type ItemNotRead, itemsNotRead } from './page-not-read';

/** An item's part in a rep's words (`timestamp` is the date the page printed). */
const PART_LABELS: Record<string, string> = {
  type: 'type',
  direction: 'direction',
  outcome: 'outcome',
  timestamp: 'date',
};

/** Whole fields in a rep's words; other fields are spelled out from their camelCase name. */
const FIELD_LABELS: Record<string, string> = {
  activities: 'Activity timeline',
  contacts: 'Deal contacts',
  stageHistory: 'Stage history',
  stages: 'Pipeline stages',
  createdAt: 'Created date',
  'crmFigures.lastActivity': "The CRM's last activity date",
  'crmFigures.lastContacted': "The CRM's last contacted date",
  'crmFigures.timesContacted': "The CRM's times contacted",
  'crmFigures.salesActivities': "The CRM's sales activities count",
  'crmFigures.rotting': "The CRM's rotting flag",
};

/**
 * A notRead entry's field as a rep reads it: "activities[2].type" → "Activity 3 type",
 * "stageHistory" → "Stage history". Fields already in words (`type of "Call"`) stay as they are.
 */
export function notReadLabel(field: string): string {
  const [item] = itemsNotRead([{ field, reason: '' }]);
  if (item) return itemLabel(item);
  const name = field.replace(/^record\./, '');
  const label = FIELD_LABELS[name];
  if (label) return label;
  if (/\s/.test(name)) return name;
  const words = spelled(name.replaceAll('.', ' '));
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One item's part as a rep reads it, counting items from 1 as the page shows them: "Activity 3 type". */
export function itemLabel(item: ItemNotRead): string {
  const part = PART_LABELS[item.part] ?? spelled(item.part);
  return item.index === undefined ? `Activity ${part}` : `Activity ${item.index + 1} ${part}`;
}

/** "closeDate" → "close date". */
function spelled(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
