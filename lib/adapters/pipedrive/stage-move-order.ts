import type { ChangeRow } from './read-timeline';

/**
 * Dated stage moves oldest first. Moves logged in the same minute (a deal dragged on through two
 * stages) share a timestamp, so their order comes from the moves themselves: each starts where the
 * one before ended (a row's `to` is the next row's `from`). Where that leaves a choice (a move made
 * and undone in the minute, with nothing before it), the feed's order decides: Pipedrive's History
 * lists its newest entries first, so the lower of two rows is the earlier. `rows` are in page order.
 */
export function inMoveOrder(rows: readonly ChangeRow[]): ChangeRow[] {
  const byTime = [...rows].reverse().sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
  const ordered: ChangeRow[] = [];
  for (let start = 0; start < byTime.length; ) {
    let end = start + 1;
    while (end < byTime.length && byTime[end]?.timestamp === byTime[start]?.timestamp) end++;
    ordered.push(...chained(byTime.slice(start, end), ordered.at(-1)?.to));
    start = end;
  }
  return ordered;
}

/** Moves at one time in the order they chain, from the stage the deal was in before them (`from`). */
function chained(tied: readonly ChangeRow[], from: string | undefined): ChangeRow[] {
  const left = [...tied];
  const out: ChangeRow[] = [];
  for (let row = takeNext(left, from); row; row = takeNext(left, row.to)) out.push(row);
  return out;
}

/**
 * Takes from `left` the move made next by a deal in `stage`: the move out of that stage, else a
 * move out of a stage none of the others entered, else the earliest in the feed. Undefined when
 * none is left.
 */
function takeNext(left: ChangeRow[], stage: string | undefined): ChangeRow | undefined {
  const follows = left.findIndex((row) => row.from === stage);
  const begins = left.findIndex((row) => !left.some((other) => other !== row && other.to === row.from));
  return left.splice(follows >= 0 ? follows : Math.max(begins, 0), 1)[0];
}
