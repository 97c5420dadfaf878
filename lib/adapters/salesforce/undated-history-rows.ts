import type { NotRead } from '../../schema/read-result';
import type { HistoryRow } from './stage-history';

/** A "Stage History" row in page order: its stage, and its date when the page's text reads as one. */
export interface ListedRow {
  stage: string;
  /** The date cell as the page prints it. */
  shown?: string;
  dated?: HistoryRow;
}

/**
 * Stays bounded by the rows whose date cannot be read ("—"). Such a row is a stay in its stage at a
 * time not known, so the stay before it may have ended earlier than the next dated row (metrics.md,
 * "Time in stage": a range when the exit is not known). Where the dated rows around it are in time
 * order in the list (Lightning sorts the card by date), the row lies between those two: its stage
 * was entered after the older and by the newer (`after`), so the stay before it ends some time in
 * between and the stay the newer row begins stays exact; beyond the oldest dated row, the oldest
 * stay becomes a lower bound (`firstSeen`).
 * Where nothing places the row, any stay but the latest may have been cut: only the latest is
 * kept, as a lower bound. The rows are reported either way.
 */
export function boundedByUndated(
  stays: HistoryRow[],
  listed: readonly ListedRow[],
): { stays: HistoryRow[]; unread?: NotRead } {
  const undated = listed.filter((row) => !row.dated);
  if (undated.length === 0) return { stays };
  let bounded = stays;
  for (const row of undated) bounded = boundedBy(bounded, listed, row);
  const rows = undated.map((row) => `"${row.stage}" (${row.shown ? `"${row.shown}"` : 'no date'})`).join(', ');
  const unread: NotRead = {
    field: 'stageHistory',
    reason: `the "Stage History" card shows no readable date for ${rows}: when the deal entered and left ${undated.length > 1 ? 'those stages' : 'that stage'} is not known`,
  };
  return { stays: bounded, unread };
}

function boundedBy(stays: HistoryRow[], listed: readonly ListedRow[], row: ListedRow): HistoryRow[] {
  const place = placeOf(listed, row);
  const latest = stays.at(-1);
  if (!latest) return stays;
  // Older than every dated row: the oldest stay may have begun with it, or a stay before it did.
  if (place === 'oldest') return stays.map((s, i) => (i === 0 ? lowerBound(s) : s));
  // Newer than every dated row: a row of the stay the deal is in, unless the history misses a move.
  if (place === 'newest') return latest.entry.stage === row.stage ? stays : [lowerBound(latest)];
  if (!place) return [lowerBound(latest)];
  // Rows of one minute around it: it follows the first stay of that minute (a settled group's order).
  const before =
    place.older === place.newer
      ? stays.findIndex((s) => s.entry.enteredAt === place.older)
      : stays.findLastIndex((s) => s.entry.enteredAt <= place.older);
  const left = stays[before];
  // Before every stay kept: what it cut was left out already (the oldest kept is a lower bound).
  // In the stage of the stay it follows: that stay went on through it.
  if (!left || left.entry.stage === row.stage) return stays;
  const next = stays[before + 1];
  if (next && next.entry.enteredAt === place.newer) {
    // The newer row is a later row of the undated row's stay (an amount change in it): that stay
    // began between the two rows.
    if (next.entry.stage === row.stage) {
      return stays.map((s, i) => (i === before + 1 ? { ...s, entry: { ...s.entry, after: place.older } } : s));
    }
    // The newer row begins the next stay, exactly; only when the one before ended is not known.
    const between = {
      precision: left.precision,
      entry: { stage: row.stage, enteredAt: place.newer, after: place.older },
    };
    return [...stays.slice(0, before + 1), between, ...stays.slice(before + 1)];
  }
  // The newer row is in the stay of the older one: the deal left that stage and came back between
  // them. Two stays in one stage in a row are one stay where the history is kept (lib/db), so the
  // first visit gives way to the second, known from the newer row on at the least; the stay before
  // them then ends some time before that row, as the metrics read a lower bound after it.
  const back = lowerBound({ precision: left.precision, entry: { stage: left.entry.stage, enteredAt: place.newer } });
  return [...stays.slice(0, before), back, ...stays.slice(before + 1)];
}

type Place = { older: string; newer: string } | 'oldest' | 'newest';

/**
 * Where `row` lies in time when the dated rows are in time order in the list (one way or the
 * other): between the dated rows just before and after it (their times, oldest first), or beyond
 * the oldest or the newest of them. Undefined when the list is in no time order, or is at one
 * instant only and the row at one of its ends.
 */
function placeOf(listed: readonly ListedRow[], row: ListedRow): Place | undefined {
  const times = listed.flatMap((r) => (r.dated ? [r.dated.entry.enteredAt] : []));
  const rising = times.every((t, i) => i === 0 || (times[i - 1] as string) <= t);
  const falling = times.every((t, i) => i === 0 || (times[i - 1] as string) >= t);
  if (!rising && !falling) return undefined;
  const index = listed.indexOf(row);
  const above = listed.slice(0, index).findLast((r) => r.dated)?.dated?.entry.enteredAt;
  const below = listed.slice(index + 1).find((r) => r.dated)?.dated?.entry.enteredAt;
  if (above !== undefined && below !== undefined)
    return above <= below ? { older: above, newer: below } : { older: below, newer: above };
  const [first, last] = [times[0], times.at(-1)];
  if (first === undefined || last === undefined || first === last) return undefined;
  // At the top of a newest-first list, or the bottom of an oldest-first one: the newest.
  const newestFirst = first > last;
  const atTop = above === undefined;
  return atTop === newestFirst ? 'newest' : 'oldest';
}

function lowerBound(stay: HistoryRow): HistoryRow {
  return { ...stay, entry: { ...stay.entry, firstSeen: true } };
}
