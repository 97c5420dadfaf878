/** Numeric dates in a date text: day and month in either order, the year (two or four digits) if printed. */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d)/g;
const YEAR_FIRST_DATE = /(?<!\d)(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)/g;

/**
 * Whether an undated item's date text is `day` (YYYY-MM-DD as printed) read one way round or the
 * other (the order the reader could not settle), its year too when printed. A text that names no
 * numeric date fits no day.
 */
export function printedDateFits(dateText: string | undefined, day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const yearFits = (printed: string | undefined) =>
    printed === undefined || Number(printed) === (printed.length === 2 ? year % 100 : year);
  const text = dateText ?? '';
  const numeric = [...text.matchAll(NUMERIC_DATE)].map((m) => ({ a: Number(m[1]), b: Number(m[3]), year: m[4] }));
  const yearFirst = [...text.matchAll(YEAR_FIRST_DATE)].map((m) => ({ a: Number(m[3]), b: Number(m[4]), year: m[1] }));
  const dates = yearFirst.length > 0 ? yearFirst : numeric;
  return dates.some(
    ({ a, b, year: printed }) => yearFits(printed) && ((a === date && b === month) || (a === month && b === date)),
  );
}
