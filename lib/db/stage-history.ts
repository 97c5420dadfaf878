import type { StageEntry } from '../schema/record';
import { toUtcIso } from './objects';

/**
 * The stored stage history merged with the one the page shows, plus the current stage when it
 * differs from the last known one (entered "now", the first time Touchline saw it), so stage
 * durations accumulate even on pages that show no history. Consecutive entries of one stage are
 * one stay in it: the page's entry wins, otherwise the earliest sighting.
 */
export function mergeStageHistory(input: {
  stored: readonly StageEntry[];
  page: readonly StageEntry[];
  currentStage: string | undefined;
  now: Date;
  /** False for a reading older than what is stored: it may add history but not a stage change. */
  newest: boolean;
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
    // With nothing known before, "now" is only when Touchline first saw the deal in this stage.
    const entry = { stage: input.currentStage, enteredAt: input.now.toISOString() };
    history.push(last ? entry : { ...entry, firstSeen: true });
  }
  return history;
}

interface Sourced {
  entry: StageEntry;
  fromPage: boolean;
}

function normalised(entry: StageEntry): StageEntry {
  const utc = { stage: entry.stage, enteredAt: toUtcIso(entry.enteredAt) };
  return entry.firstSeen ? { ...utc, firstSeen: true } : utc;
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
