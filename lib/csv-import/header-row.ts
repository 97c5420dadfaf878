/**
 * The row that holds an export's header. A report exported "formatted" and saved as CSV from
 * Excel keeps its title lines above it: the report's name, "Filtered By:", a filter, blank lines,
 * each with at most one filled cell (padded with empty cells or not). The header is the first row
 * with two filled cells; a file with none (one column only) keeps row 0, whose single cell
 * delimiterProblem explains.
 */
export function headerRow(rows: readonly string[][]): number {
  const found = rows.findIndex((cells) => cells.filter((cell) => cell.trim() !== '').length >= 2);
  return Math.max(0, found);
}
