import { datedFields } from '../../locale/page-date';
import type { ActivityReading } from '../../schema/activity';
import { shownOwner } from '../no-owner';
import { fieldDate } from './field-date';
import type { PageWords } from './read-contact';
import { cellText, relatedList, rowRecordId } from './related-list';
import { labelsOf } from './words';

/**
 * Notes: Lightning shows notes in the "Notes" related list, not in the activity timeline
 * (list and column titles are a guess). Undefined when the page shows no such list.
 */
export function readNotes(view: Element, page: PageWords): ActivityReading[] | undefined {
  const label = (key: Parameters<typeof labelsOf>[1]) => labelsOf(page.words, key);
  const rows = relatedList(view, label('notes'), page.words)?.rows;
  return rows?.map((row) => {
    const owner = shownOwner(cellText(row, label('noteOwner')));
    const sourceId = rowRecordId(row, label('noteTitle'));
    return withDate(
      {
        type: 'note',
        direction: 'unknown',
        title: cellText(row, label('noteTitle')),
        ...(owner ? { owner } : {}),
        automated: false,
        ...(sourceId ? { sourceId } : {}),
      },
      cellText(row, label('noteDate')),
      page,
    );
  });
}

/**
 * System events from the field history related list ("Contact History": Date, Field, User,
 * Original Value, New Value; standard Salesforce history columns).
 */
export function readFieldHistory(view: Element, page: PageWords): ActivityReading[] {
  const label = (key: Parameters<typeof labelsOf>[1]) => labelsOf(page.words, key);
  const rows = relatedList(view, label('fieldHistory'), page.words)?.rows ?? [];
  return rows.map((row) => {
    const field = cellText(row, label('historyField')).replace(/\.$/, '');
    const value = cellText(row, label('historyNewValue'));
    const owner = shownOwner(cellText(row, label('historyUser')));
    return withDate(
      {
        type: 'system',
        direction: 'unknown',
        title: value ? `${field} changed to ${value}` : field,
        ...(owner ? { owner } : {}),
        automated: true,
      },
      cellText(row, label('historyWhen')),
      page,
    );
  });
}

export function withDate(
  a: Omit<ActivityReading, 'timestamp' | 'dateText' | 'timePrecision' | 'relativeTime'>,
  dateText: string,
  page: PageWords,
): ActivityReading {
  const date = fieldDate(dateText, page);
  return date ? { ...a, ...datedFields(date) } : { ...a, dateText };
}
