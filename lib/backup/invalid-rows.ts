import { BackupError } from './errors';
import { BACKUP_LINE_KINDS } from './format';

/** Lines named in the message; the count says how many there were in all. */
const LINES_SHOWN = 5;

/** A line that failed its schema, and why. */
export interface InvalidLine {
  line: number;
  reason: string;
}

type Issue = { path: PropertyKey[]; message: string };

/**
 * The rows of a file that fail their schema: the first few with their reason, and the count. One
 * is enough to refuse the whole file (decisions.md "Backups": an invalid file changes nothing); a
 * row left out would take with it what other rows point at (a logged touch's `mergedInto`).
 */
export class InvalidRows {
  count = 0;
  readonly first: InvalidLine[] = [];

  add(line: number, value: unknown, issues: readonly Issue[]): void {
    this.count += 1;
    if (this.first.length < LINES_SHOWN) this.first.push({ line, reason: describe(value, issues) });
  }

  /** The error to throw once the whole file was read, or undefined when every row was valid. */
  error(): BackupError | undefined {
    if (this.count === 0) return undefined;
    const rows = this.count === 1 ? 'a row' : `${this.count.toLocaleString('en-US')} rows`;
    const named = this.first.map((row) => `Line ${row.line}: ${row.reason}.`);
    const more = this.count - this.first.length;
    return new BackupError(
      [
        `This backup file has ${rows} Touchline cannot read, so nothing was imported.`,
        ...named,
        ...(more > 0 ? [`And ${more.toLocaleString('en-US')} more.`] : []),
      ].join(' '),
    );
  }
}

function describe(value: unknown, issues: readonly Issue[]): string {
  const row = (typeof value === 'object' && value !== null ? value : {}) as {
    store?: unknown;
    value?: { key?: unknown };
  };
  if (typeof row.store === 'string' && !BACKUP_LINE_KINDS.includes(row.store)) {
    return `"${row.store}" is not a kind of line this Touchline knows (a newer Touchline may have written it)`;
  }
  const what = [row.store, row.value?.key].filter((part) => typeof part === 'string').join(' ');
  const problems = issues
    .slice(0, 3)
    .map(
      (issue) =>
        `${
          issue.path
            .slice(issue.path[0] === 'value' ? 1 : 0)
            .map(String)
            .join('.') || 'row'
        }: ${issue.message}`,
    )
    .join('; ');
  return what ? `${what}: ${problems}` : problems;
}
