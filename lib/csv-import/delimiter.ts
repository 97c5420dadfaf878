/** Characters papaparse tells columns apart by (its delimiter guess): anything else leaves one column. */
const READ_DELIMITERS = [',', ';', '\t', '|'];

/**
 * Why a header row of one cell is not a CRM export Touchline can read: its columns are joined by
 * another character (`Record ID~Deal Name~Deal Stage`). Undefined for a header of several columns.
 */
export function delimiterProblem(header: readonly string[]): string | undefined {
  if (header.length !== 1) return undefined;
  const text = header[0] ?? '';
  const joiner = [...text.replace(/[\p{L}\p{N}\s"'()_-]/gu, '')].find((c) => !READ_DELIMITERS.includes(c));
  const seen = joiner ? `its columns seem to be separated by “${joiner}”; ` : '';
  return `The file has a single column: ${seen}export it again as CSV separated by commas, semicolons or tabs.`;
}
