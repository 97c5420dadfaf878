import { OUTCOME_WORDS } from '../../lib/export/crm-columns';
import type { ActivityReading, ActivityType } from '../../lib/schema/activity';
import type { ReadOk } from '../../lib/schema/read-result';
import { PORTAL_ID } from '../demo-crm/hubspot/ids';
import type { ScaleData } from './scale-data';

/** The same activities twice: as contact page readings and as a HubSpot activity export. */
export interface CsvImportData {
  readings: ReadOk[];
  csv: string;
  rows: number;
  tenant: string;
}

const DAY_MS = 86_400_000;
/** Copies that top the history up to the row count get ids far from the demo's engagement ids. */
const COPY_ID_OFFSET = 1_000_000_000;

const HEADER = [
  'Record ID',
  'Activity type',
  'Activity date',
  'Activity assigned to',
  'Subject',
  'Direction',
  'Outcome',
  'Status',
  'Associated Contact IDs',
];

/** HubSpot's export words for what the readings hold (lib/csv-import/words/hubspot.ts, English). */
const TYPE_WORDS: Record<Exclude<ActivityType, 'system'>, string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  social: 'LinkedIn message',
  sms: 'SMS',
  note: 'Note',
  task: 'Task',
};

/**
 * `rows` activities of the scale history's contact readings, in order, as both. System events
 * are left out (an activity export has no rows for them); when the history runs short, its
 * touches are repeated a day earlier under new ids. Every row carries its contact's HubSpot id,
 * so it links to a cached contact, and its engagement id, so both paths key it alike.
 */
export function csvImportData(scale: ScaleData, rows: number): CsvImportData {
  const perContact = scale.contactReadings.map((r) => r.activities.filter((a) => a.type !== 'system'));
  const total = perContact.reduce((sum, list) => sum + list.length, 0);
  let missing = Math.max(0, rows - total);
  for (let round = 1; missing > 0; round++) {
    for (const list of perContact) {
      const source = list[round - 1];
      if (!source || missing === 0) continue;
      list.push(copyOf(source, round));
      missing--;
    }
  }
  const readings: ReadOk[] = [];
  const lines = [HEADER.join(',')];
  let room = rows;
  scale.contactReadings.forEach((reading, i) => {
    const taken = (perContact[i] ?? []).slice(0, room);
    if (taken.length === 0) return;
    room -= taken.length;
    readings.push({ ...reading, activities: taken });
    for (const activity of taken) lines.push(csvLine(activity, reading.recordId));
  });
  return { readings, csv: lines.join('\r\n'), rows: rows - room, tenant: PORTAL_ID };
}

function copyOf(activity: ActivityReading, round: number): ActivityReading {
  const { sourceId, timestamp } = activity;
  return {
    ...activity,
    ...(sourceId ? { sourceId: String(Number(sourceId) + round * COPY_ID_OFFSET) } : {}),
    ...(timestamp ? { timestamp: new Date(Date.parse(timestamp) - round * DAY_MS).toISOString() } : {}),
  };
}

function csvLine(activity: ActivityReading, contactId: string): string {
  const type = activity.type === 'system' ? '' : TYPE_WORDS[activity.type];
  const direction = { inbound: 'Inbound', outbound: 'Outbound', unknown: '' }[activity.direction];
  return [
    activity.sourceId ?? '',
    type,
    // The readings hold UTC minutes; the bench browser reads the file in UTC (test/browser/harness.ts).
    activity.timestamp ? `${activity.timestamp.slice(0, 10)} ${activity.timestamp.slice(11, 16)}` : '',
    activity.owner ?? '',
    activity.title,
    direction,
    activity.outcome ? (OUTCOME_WORDS[activity.outcome] ?? '') : '',
    activity.planned ? 'Not started' : 'Completed',
    contactId,
  ]
    .map(quoted)
    .join(',');
}

function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
