import { nextTask } from '../yield-to-page';
import { type ColumnOrder, needsOrder, settleDateOrder } from './date-order';
import { type CsvSource, parseCsvChunks } from './parse-csv';

/** What the whole column says: its order, or `not-needed` when no date in it needs one. */
export type ScannedOrder = ColumnOrder | 'not-needed';

/**
 * Settles the order of numeric dates from the whole date columns (one file, one format) when the
 * first rows did not: one pass over the file, stopping as soon as the columns are known to mix
 * both orders. Columns with no numeric date whose order is open (03/04/2026) need none:
 * `not-needed`; `unsettled` means they have such dates and none shows the order.
 */
export async function scanDateOrder(
  source: CsvSource,
  dateColumns: readonly number[],
  signal?: AbortSignal,
): Promise<ScannedOrder> {
  let order: ColumnOrder = 'unsettled';
  let numeric = false;
  let header = true;
  const stop = new AbortController();
  signal?.addEventListener('abort', () => stop.abort());
  await parseCsvChunks(source.input, {
    signal: stop.signal,
    encoding: source.encoding,
    firstRow: source.firstRow,
    onChunk: async (rows) => {
      const values = rows.slice(header ? 1 : 0).flatMap((cells) => dateColumns.map((i) => cells[i] ?? ''));
      header = false;
      order = combine(order, settleDateOrder(values));
      numeric ||= values.some(needsOrder);
      if (order === 'conflicting') stop.abort();
      await nextTask();
    },
  });
  return order === 'unsettled' && !numeric ? 'not-needed' : order;
}

function combine(a: ColumnOrder, b: ColumnOrder): ColumnOrder {
  if (a === 'unsettled') return b;
  if (b === 'unsettled' || a === b) return a;
  return 'conflicting';
}
