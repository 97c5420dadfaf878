import type { DateOrderStatus } from '../../../lib/csv-import/date-order-status';

interface DateOrderChoiceProps {
  status: DateOrderStatus;
  dayFirst: boolean | undefined;
  disabled: boolean;
  onChoose(dayFirst: boolean | undefined): void;
}

const STATUS_TEXT: Record<DateOrderChoiceProps['status'], string> = {
  // Only the user settles the order on the form (prepare-mapping.ts); the file's evidence is 'unsettled' until the scan.
  settled: 'As you chose: dates that do not fit this order are reported, not imported.',
  assumed:
    'Not settled by the first rows: the order used for this account before (or the language’s) applies, unless the whole file, checked when you import, shows otherwise.',
  'not-needed': 'The dates are not numeric: no order to choose.',
  'none-seen':
    'No date in the first rows is numeric: the whole file is checked when you import, and you are asked for the order only if its numeric dates leave it open.',
  unsettled: 'Not settled by the first rows: the whole file is checked when you import.',
  // After the import's scan: the order the whole file showed, which the import read it in.
  scanned: 'Settled by the whole file, checked when you imported.',
  conflicting: 'The file mixes both orders: choose one; rows that do not fit it are skipped.',
  asked: 'Every numeric date in the file could be read either way: choose the order the CRM printed.',
  // The whole file's scan found both orders where the first rows showed neither (or one).
  'asked-mixed':
    'Rows further down the file print numeric dates in both orders (some day first, as 25/03/2026, some month first, as 03/25/2026): choose the order the CRM printed; dates that do not fit it are reported, not imported.',
};

/**
 * Rows seen that print one order are the column's first evidence, not the whole column's
 * (prepare-mapping.ts); once the whole file is checked, its order is the one imported.
 */
function statusText(status: DateOrderChoiceProps['status'], dayFirst: boolean | undefined): string {
  if (dayFirst === undefined) return STATUS_TEXT[status];
  const order = dayFirst ? 'day' : 'month';
  if (status === 'unsettled')
    return `The first rows print the ${order} first: the whole file is checked when you import.`;
  if (status === 'scanned')
    return `Checked over the whole file when you imported: it prints the ${order} first, and was read so.`;
  return STATUS_TEXT[status];
}

/** The order of numeric dates such as 03/04/2026: settled from the whole column, else chosen here, never guessed. */
export function DateOrderChoice({ status, dayFirst, disabled, onChoose }: DateOrderChoiceProps) {
  const value = dayFirst === undefined ? '' : dayFirst ? 'day-first' : 'month-first';
  return (
    <div class="tl-field-row tl-import-date-order" data-date-order={status}>
      <label>
        <span class="tl-label">Numeric dates</span>
        <select
          class="tl-select"
          name="dateOrder"
          disabled={disabled}
          value={value}
          aria-describedby="tl-import-date-order-status"
          onChange={(e) => {
            const chosen = e.currentTarget.value;
            onChoose(chosen === '' ? undefined : chosen === 'day-first');
          }}
        >
          <option value="">From the file</option>
          <option value="day-first">Day first (31/12/2026)</option>
          <option value="month-first">Month first (12/31/2026)</option>
        </select>
      </label>
      <p
        id="tl-import-date-order-status"
        class="tl-hint"
        role={status === 'asked' || status === 'asked-mixed' ? 'alert' : undefined}
      >
        {statusText(status, dayFirst)}
      </p>
    </div>
  );
}
