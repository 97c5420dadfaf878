/**
 * The names a mapping is remembered under, one per column: its folded header, and for the second
 * and later columns of one label "<header>#2", "#3"… A report may name two columns alike, and
 * keyed by the header alone the later column's choice overwrote the first's (its email or date
 * column then read as nothing on the next import). A first column keeps its plain key, so
 * mappings remembered before stay valid.
 */
export function columnKeys(foldedHeaders: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return foldedHeaders.map((header) => {
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    return count === 1 ? header : `${header}#${count}`;
  });
}
