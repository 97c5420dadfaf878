import type { ComponentChildren } from 'preact';

/** A file row as the import will read it, or why it will be skipped. */
export type PreviewRead<T> = { ok: true; row: T } | { ok: false; reason: string };

interface PreviewTableProps<T> {
  caption: string;
  /** Column headings after "Row". */
  columns: readonly string[];
  rows: string[][];
  read(cells: string[]): PreviewRead<T>;
  cells(row: T): ComponentChildren;
  /** `data-preview`, where a preview names what it shows. */
  kind?: string;
}

const SHOWN = 5;

/** The first rows of a file as the import will read them: the import's own reader, row by row. */
export function PreviewTable<T>({ caption, columns, rows, read, cells, kind }: PreviewTableProps<T>) {
  return (
    <table class="tl-import-preview" data-preview={kind}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, SHOWN).map((row, i) => {
          const result = read(row);
          return (
            <tr key={i} data-preview-row={i + 1}>
              <th scope="row">{i + 1}</th>
              {result.ok ? cells(result.row) : <td colSpan={columns.length}>Skipped: {result.reason}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
