/**
 * A header cell's label: without a byte-order mark, the spaces around it, or the quotes of a file
 * that writes a space before each quoted header (`"Record ID", "Call title"`): a CSV reader takes
 * a quote as quoting only at a cell's very start, so the rest keep theirs (`"Call title"`), their
 * doubled quotes doubled, and no header word matched them.
 */
export function headerLabel(cell: string): string {
  const label = cell.replace(/^\uFEFF/, '').trim();
  const quoted = /^"(.*)"$/s.exec(label)?.[1];
  return quoted === undefined ? label : quoted.replace(/""/g, '"').trim();
}
