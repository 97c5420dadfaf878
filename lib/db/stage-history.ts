import type { StageEntry } from '../schema/record';
import { toUtcIso } from './objects';

/**
 * The stored stage history merged with the one the page shows, plus the current stage when it
 * differs from the last known one, so stage durations accumulate even on pages that show no
 * history. Consecutive entries of one stage are one stay in it: the page's entry wins, otherwise
 * the earliest sighting.
 *
 * A stage Touchline records itself is entered at the moment it was first seen, which is only the
 * latest the deal can have entered it; `after` keeps the earliest (metrics.md, "Time in stage as
 * a range"): the last time the deal was known in the stage before, from Touchline's previous
 * reading (`lastSeenAt`) or the entry before it in the history. With nothing known before, the
 * entry is `firstSeen` and unbounded.
 */
export function mergeStageHistory(input: {
  stored: readonly StageEntry[];
  page: readonly StageEntry[];
  currentStage: string | undefined;
  now: Date;
  /** False for a reading older than what is stored: it may add history but not a stage change. */
  newest: boolean;
  /** When Touchline last read the deal before this reading, if ever. */
  lastSeenAt?: string;
}): StageEntry[] {
  const entries = [
    ...input.page.map((entry) => ({ entry: normalised(entry), fromPage: true })),
    ...input.stored.map((entry) => ({ entry: normalised(entry), fromPage: false })),
  ];
  const ordered = uniqueByStageAndTime(entries).sort(
    (a, b) => Date.parse(a.entry.enteredAt) - Date.parse(b.entry.enteredAt),
  );
  const history = collapseStays(ordered);
  const last = history.at(-1);
  if (input.newest && input.currentStage && last?.stage !== input.currentStage) {
    const entry = { stage: input.currentStage, enteredAt: input.now.toISOString() };
    const seen = input.lastSeenAt && Date.parse(input.lastSeenAt) < input.now.getTime() ? input.lastSeenAt : undefined;
    history.push(last ? { ...entry, after: toUtcIso(seen ?? last.enteredAt) } : { ...entry, firstSeen: true });
  }
  return tightened(history);
}

interface Sourced {
  entry: StageEntry;
  fromPage: boolean;
}

function normalised(entry: StageEntry): StageEntry {
  const utc: StageEntry = { ...entry, enteredAt: toUtcIso(entry.enteredAt) };
  if (entry.after) utc.after = toUtcIso(entry.after);
  return utc;
}

/** Page entries come first in the input, so for the same stage and time the page's copy is kept. */
function uniqueByStageAndTime(entries: Sourced[]): Sourced[] {
  const seen = new Set<string>();
  return entries.filter(({ entry }) => {
    const id = `${entry.stage}\u0000${entry.enteredAt}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function collapseStays(ordered: Sourced[]): StageEntry[] {
  const stays: Sourced[] = [];
  for (const item of ordered) {
    const current = stays.at(-1);
    if (current?.entry.stage !== item.entry.stage) stays.push(item);
    else if (item.fromPage && !current.fromPage) stays[stays.length - 1] = item;
  }
  return stays.map(({ entry }) => entry);
}

/**
 * A sighting that a page entry now precedes was entered after that entry: the history the page
 * shows later bounds what Touchline could not know when it first saw the stage.
 */
function tightened(history: StageEntry[]): StageEntry[] {
  return history.map((entry, i) => {
    const before = history[i - 1];
    if (!before || !(entry.firstSeen || entry.after)) return entry;
    const bound =
      entry.after && Date.parse(entry.after) > Date.parse(before.enteredAt) ? entry.after : before.enteredAt;
    const { firstSeen: _unbounded, ...rest } = entry;
    return { ...rest, after: bound };
  });
}
