import type { StageEntry } from '../../schema/record';

/** A "Date entered <stage>" cell in column order: its entry, or none when the cell could not be read. */
export interface EnteredCell {
  stage: string;
  entry?: StageEntry;
}

/**
 * The entries of a row where some "Date entered" cells could not be read. Such a stage was
 * entered at a time not known, so the stay before it may have ended before the next readable
 * entry (metrics.md, "Time in stage": a range when the exit is not known). Where the readable cells
 * are in time order along the columns (the pipeline's order, as exports list them), a cell between
 * two of them gives its stage an entry after the older and by the newer (`after`): the stay before
 * it becomes a range, the one after stays exact. One before or after every readable cell cuts no
 * stay between them. Where the columns are in no time order, nothing places the cell: only the
 * latest entry is kept, since any earlier stay may have been cut.
 */
export function withUnreadEntries(cells: readonly EnteredCell[]): StageEntry[] {
  const read = cells.flatMap((cell) => (cell.entry ? [cell.entry] : []));
  if (read.length === cells.length) return read;
  const time = (entry: StageEntry) => Date.parse(entry.enteredAt);
  const inOrder = read.every((entry, i) => i === 0 || time(read[i - 1] as StageEntry) <= time(entry));
  if (!inOrder) return [...read].sort((a, b) => time(a) - time(b)).slice(-1);
  return cells.flatMap((cell, i) => {
    if (cell.entry) return [cell.entry];
    const older = cells.slice(0, i).findLast((c) => c.entry)?.entry;
    const newer = cells.slice(i + 1).find((c) => c.entry)?.entry;
    if (!older || !newer) return [];
    return [{ stage: cell.stage, enteredAt: newer.enteredAt, after: older.enteredAt }];
  });
}
