import { nextTask } from '../yield-to-page';
import { type ColumnOrder, settleDateOrder } from './date-order';
import { type CsvSource, parseCsvChunks } from './parse-csv';

/**
 * Settles the order of numeric dates from the whole date column when the first rows did not:
 * one pass over the file, stopping as soon as the column is known to mix both orders.
 */
export async function scanDateOrder(source: CsvSource, dateColumn: number, signal?: AbortSignal): Promise<ColumnOrder> {
  let order: ColumnOrder = 'unsettled';
  let header = true;
  const stop = new AbortController();
  signal?.addEventListener('abort', () => stop.abort());
  await parseCsvChunks(source.input, {
    signal: stop.signal,
    encoding: source.encoding,
    firstRow: source.firstRow,
    onChunk: async (rows) => {
      const values = rows.slice(header ? 1 : 0).map((cells) => cells[dateColumn] ?? '');
      header = false;
      order = combine(order, settleDateOrder(values));
      if (order === 'conflicting') stop.abort();
      await nextTask();
    },
  });
  return order;
}

function combine(a: ColumnOrder, b: ColumnOrder): ColumnOrder {
  if (a === 'unsettled') return b;
  if (b === 'unsettled' || a === b) return a;
  return 'conflicting';
}
