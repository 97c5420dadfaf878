import { fold } from '../locale/fold';
import type { ColumnTarget, ImportField } from './fields';
import type { ValueWords } from './value-words';

/**
 * The text a row is dated by. Pipedrive keeps an activity's due date when it is marked done and
 * records when that was ("Marked as done time"): a done row is dated by when it was done (a call
 * due Tuesday and made on Thursday before was a touch on Thursday, not a touch still ahead), a
 * planned one by its due date and time. A done row whose done time is empty, or a file without
 * that column, is dated by its due date, read shown done (`planned: false`) as the page reader
 * reads a done item dated ahead.
 */
export function dateTextOf(cell: Partial<Record<ImportField, string>>, words: ValueWords): string {
  const done = cell.status !== undefined && words.status.get(fold(cell.status)) === 'done';
  if (done && cell.doneAt) return cell.doneAt;
  return [cell.date, cell.time].filter(Boolean).join(' ');
}

/** The columns whose numeric dates share the file's one order (date-order.ts): the date's and the done time's. */
export function dateColumnsOf(targets: readonly ColumnTarget[]): number[] {
  return targets.flatMap((target, i) => (isDateTarget(target) ? [i] : []));
}

export function isDateTarget(target: ColumnTarget): boolean {
  return target === 'date' || target === 'doneAt';
}
