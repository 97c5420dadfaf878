interface MappingTableProps<T extends string> {
  headers: string[];
  /** A few data rows, to show what each column holds. */
  samples: string[][];
  targets: T[];
  /** What each target is called in the selects (activity fields, or deal fields for a deal export). */
  labels: Record<T, string>;
  /** A note under a column's select (a column that fills in another's field where it is empty). */
  notes?: (string | undefined)[];
  disabled: boolean;
  onChange(column: number, target: T): void;
}

/** One row per column of the file: its header, what Touchline reads it as (editable), and sample values. */
export function MappingTable<T extends string>({
  headers,
  samples,
  targets,
  labels,
  notes,
  disabled,
  onChange,
}: MappingTableProps<T>) {
  const choices = Object.keys(labels) as T[];
  return (
    <table class="tl-import-mapping">
      <caption>Columns of the file and what they are read as</caption>
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Read as</th>
          <th scope="col">First values</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, column) => (
          <tr key={`${column}:${header}`} data-column={column}>
            <th scope="row">{header || `(column ${column + 1})`}</th>
            <td>
              <select
                class="tl-select"
                aria-label={`Read column “${header}” as`}
                disabled={disabled}
                value={targets[column] ?? 'ignore'}
                onChange={(e) => onChange(column, e.currentTarget.value as T)}
              >
                {choices.map((t) => (
                  <option key={t} value={t}>
                    {labels[t]}
                  </option>
                ))}
              </select>
              {notes?.[column] ? (
                <span class="tl-hint" data-fills-in>
                  {notes[column]}
                </span>
              ) : null}
            </td>
            <td>
              {samples
                .slice(0, 3)
                .map((cells) => cells[column] ?? '')
                .filter(Boolean)
                .join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
