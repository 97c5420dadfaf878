/** Which number comes first in a file's numeric dates (03/04/2026), once something settles it. */
export type DateOrder = 'day-first' | 'month-first';

/** What a column of dates says about their order. */
export type ColumnOrder = DateOrder | 'unsettled' | 'conflicting';

const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})(?![\d/.-])/;

/**
 * Settles the order from a whole column, never a row at a time: a first number above 12
 * somewhere (25/03/2026) or dots (25.03.2026, a day-first notation only) make it day first, a
 * second number above 12 month first. Nothing decisive leaves it unsettled (the user is asked);
 * both kinds of evidence mean the column mixes orders and cannot be read.
 */
export function settleDateOrder(values: Iterable<string>): ColumnOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const evidence = evidenceOf(value);
    if (evidence === 'day-first') dayFirst = true;
    if (evidence === 'month-first') monthFirst = true;
    if (dayFirst && monthFirst) return 'conflicting';
  }
  return dayFirst ? 'day-first' : monthFirst ? 'month-first' : 'unsettled';
}

/** Whether a date cell is numeric with an order only evidence can settle. */
export function needsOrder(value: string): boolean {
  const m = value.match(NUMERIC);
  return !!m && m[2] !== '.';
}

/** The order a date cell shows by itself (25/03/2026 is day first), if any. */
export function evidenceOf(value: string): DateOrder | undefined {
  const m = value.match(NUMERIC);
  if (!m) return undefined;
  if (m[2] === '.' || Number(m[1]) > 12) return 'day-first';
  if (Number(m[3]) > 12) return 'month-first';
  return undefined;
}
