import type { ActivityReading } from '../../schema/activity';
import { parsePageDate } from '../dates';
import type { PageClock } from '../types';
import { cellText, relatedRows, rowRecordId } from './related-list';

/**
 * Notes: Lightning shows notes in the "Notes" related list, not in the activity timeline
 * (list and column titles are a guess). Undefined when the page shows no such list.
 */
export function readNotes(view: Element, clock: PageClock): ActivityReading[] | undefined {
  const rows = relatedRows(view, ['Notes', 'Notes & Attachments']);
  return rows?.map((row) => {
    const dateText = cellText(row, ['Created Date', 'Created', 'Last Modified', 'Date']);
    const owner = cellText(row, ['Created By', 'Owner', 'Last Modified By']);
    const sourceId = rowRecordId(row, ['Title', 'Name']);
    return withDate(
      {
        type: 'note',
        direction: 'unknown',
        title: cellText(row, ['Title', 'Name']),
        ...(owner ? { owner } : {}),
        automated: false,
        ...(sourceId ? { sourceId } : {}),
      },
      dateText,
      clock,
    );
  });
}

/**
 * System events from the field history related list ("Contact History": Date, Field, User,
 * Original Value, New Value; standard Salesforce history columns).
 */
export function readFieldHistory(view: Element, titles: readonly string[], clock: PageClock): ActivityReading[] {
  const rows = relatedRows(view, titles) ?? [];
  return rows.map((row) => {
    const field = cellText(row, ['Field', 'Field / Event', 'Action']).replace(/\.$/, '');
    const value = cellText(row, ['New Value']);
    const owner = cellText(row, ['User', 'Edited By', 'Changed By']);
    return withDate(
      {
        type: 'system',
        direction: 'unknown',
        title: value ? `${field} changed to ${value}` : field,
        ...(owner ? { owner } : {}),
        automated: true,
      },
      cellText(row, ['Date', 'Edited', 'Created Date']),
      clock,
    );
  });
}

export function withDate(
  a: Omit<ActivityReading, 'timestamp' | 'dateText'>,
  dateText: string,
  clock: PageClock,
): ActivityReading {
  const timestamp = parsePageDate(dateText, clock);
  return timestamp ? { ...a, timestamp } : { ...a, dateText };
}
