import type { StageEntry } from '../schema/record';
import { toUtcIso } from './objects';
import { mayBeginBefore, type ShownStage, type Stay, unsplitStays } from './unsplit-stays';

/**
 * The stored stage history merged with the one the page shows, plus the current stage when it
 * differs from the last known one, so stage durations accumulate even on pages that show no
 * history. Consecutive entries of one stage are one stay in it: the page's entry wins (unless it is
 * only a lower bound after an earlier stored entry), otherwise the earliest sighting. A sighting
 * an exact entry is dated inside is placed before it rather than cut the entry's stay in two,
 * unless a reading showed the deal in it after the entry: that is a move back (unsplit-stays.ts).
 *
 * A stage Touchline records itself is entered at the moment it was first seen, which is only the
 * latest the deal can have entered it; `after` keeps the earliest (metrics.md, "Time in stage as
 * a range"): the last time the deal was seen in the stage before (`seenUntil`, kept on the
 * current stage and set only by readings that showed the stage), or that stage's entry. With
 * nothing known before, the entry is `firstSeen` and unbounded.
 */
export function mergeStageHistory(input: {
  stored: readonly StageEntry[];
  page: readonly StageEntry[];
  currentStage: string | undefined;
  now: Date;
  /** False for a reading older than what is stored: it may add history but not a stage change. */
  newest: boolean;
}): StageEntry[] {
  const shown = input.currentStage ? { stage: input.currentStage, at: input.now } : undefined;
  const history = stays([...sourced(input.page, () => true), ...sourced(input.stored, () => false)], shown);
  const last = history.at(-1);
  const seen = last && lastSighting(input.stored, last);
  if (!input.newest || !input.currentStage) return tightened(history, seen);
  if (last?.stage === input.currentStage) return tightened(history, input.now.toISOString());
  const entry = { stage: input.currentStage, enteredAt: input.now.toISOString() };
  history.push(last ? { ...entry, after: seen ?? last.enteredAt } : { ...entry, firstSeen: true });
  return tightened(history, undefined);
}

/**
 * Two stored histories of one deal as one (a backup merged into a cache that read the deal too):
 * the entries pages showed win over sightings, and of two sightings of one stay the earliest is
 * kept, so neither copy's knowledge of how long the deal has been in a stage is lost, and the
 * latest sighting of the current stay is kept. One copy's exact entry dated inside the other's
 * sighting places that sighting as mergeStageHistory does.
 */
export function unitedStageHistory(a: readonly StageEntry[], b: readonly StageEntry[]): StageEntry[] {
  const both = [...a, ...b];
  const shown = (entry: StageEntry) => !entry.firstSeen && !entry.after;
  // Each copy in its own order: entries at one instant keep the order their history gave them.
  const history = stays(sourced(both, shown), undefined);
  const bounded = history.map((entry, i) => boundedBySighting(entry, history[i - 1], both));
  const last = bounded.at(-1);
  const sightings = last ? both.flatMap((entry) => lastSighting([entry], last) ?? []) : [];
  return tightened(bounded, sightings.sort().at(-1));
}

/**
 * A stay Touchline saw begin (`firstSeen`, `after`) entered after the latest time either copy saw
 * the deal in the stay before: the copy that saw the stay begin may not have seen the one before
 * at all. Applied before `tightened`, which bounds it by that stay's entry otherwise.
 */
function boundedBySighting(entry: StageEntry, before: StageEntry | undefined, both: readonly StageEntry[]): StageEntry {
  if (!before || !(entry.firstSeen || entry.after)) return entry;
  const [from, to] = [Date.parse(before.enteredAt), Date.parse(entry.enteredAt)];
  const seen = both
    .filter((e) => e.stage === before.stage && e.seenUntil)
    .map((e) => toUtcIso(e.seenUntil as string))
    .filter((at) => Date.parse(at) > from && Date.parse(at) <= to)
    .sort()
    .at(-1);
  if (!seen || (entry.after && Date.parse(entry.after) >= Date.parse(seen))) return entry;
  const { firstSeen: _bounded, ...rest } = entry;
  return { ...rest, after: seen };
}

/**
 * The entries in time order, one per stay in a stage, none cut in two around a sighting an exact
 * entry dates inside (unsplitStays; `shown`: the reading's current stage, even one older than what
 * is stored, since the deal was in it when read). Entries at one instant keep the order they are
 * given in (a history's own order: a stage entered between two times comes before the stay the
 * later time begins), except that an entry that can have begun earlier comes first whichever
 * history gave it, so a sighting placed before an entry stays there when merged again.
 */
function stays(entries: readonly Sourced[], shown: ShownStage | undefined): StageEntry[] {
  const ordered = uniqueByStageAndTime(entries).sort((a, b) => {
    const [at, bt] = [Date.parse(a.entry.enteredAt), Date.parse(b.entry.enteredAt)];
    return at - bt || Number(mayBeginBefore(b.entry, bt)) - Number(mayBeginBefore(a.entry, at));
  });
  return unsplitStays(collapseStays(ordered), shown);
}

function sourced(entries: readonly StageEntry[], fromPage: (entry: StageEntry) => boolean): Sourced[] {
  return entries.map((entry) => ({
    entry: normalised(entry),
    fromPage: fromPage(entry),
    ...(entry.seenUntil ? { seenUntil: toUtcIso(entry.seenUntil) } : {}),
  }));
}

/** When Touchline last saw the deal in the stay that is still the latest, if it did after its entry. */
function lastSighting(stored: readonly StageEntry[], last: StageEntry): string | undefined {
  const holder = stored.find((entry) => entry.seenUntil);
  if (!holder?.seenUntil || holder.stage !== last.stage) return undefined;
  const utc = toUtcIso(holder.seenUntil);
  return Date.parse(utc) > Date.parse(last.enteredAt) ? utc : undefined;
}

interface Sourced {
  entry: StageEntry;
  fromPage: boolean;
  /** The entry's `seenUntil`, which `normalised` drops: placing a sighting needs it (unsplit-stays.ts). */
  seenUntil?: string;
}

/**
 * In UTC; a sighting belongs to the current stage alone and is set again after merging. A shown
 * duration's reading stays with the entry it dated (the whole entry is kept or dropped): counted
 * from another reading, its days would be a day off (metrics/printed-stage-days.ts).
 */
function normalised(entry: StageEntry): StageEntry {
  const { seenUntil: _setAfterMerging, ...rest } = entry;
  const utc: StageEntry = { ...rest, enteredAt: toUtcIso(entry.enteredAt) };
  if (entry.after) utc.after = toUtcIso(entry.after);
  if (entry.countedFrom) utc.countedFrom = toUtcIso(entry.countedFrom);
  return utc;
}

/** One entry per stage and time: the page's copy where there is one, else the first. */
function uniqueByStageAndTime(entries: readonly Sourced[]): Sourced[] {
  const id = ({ entry }: Sourced) => `${entry.stage}\u0000${entry.enteredAt}`;
  const shown = new Set(entries.filter((item) => item.fromPage).map(id));
  const seen = new Set<string>();
  return entries.filter((item) => {
    const key = id(item);
    if (seen.has(key) || (!item.fromPage && shown.has(key))) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One entry per stay; a stay is `dated` when any of its entries is exact, and `seenUntil` is the
 * latest time a reading showed the deal in it.
 */
function collapseStays(ordered: Sourced[]): Stay[] {
  const stays: (Sourced & Stay)[] = [];
  for (const item of ordered) {
    const current = stays.at(-1);
    const exact = !item.entry.firstSeen && !item.entry.after;
    const seenUntil = [current?.entry.stage === item.entry.stage ? current.seenUntil : undefined, item.seenUntil]
      .filter((at) => at !== undefined)
      .sort()
      .at(-1);
    const seen = seenUntil ? { seenUntil } : {};
    if (current?.entry.stage !== item.entry.stage) stays.push({ ...item, dated: exact });
    // The page's entry replaces an earlier one Touchline kept, unless the page knows it only as a
    // bound (its list shows the newest rows only, or a row's date could not be read): the earlier
    // entry is then the better one.
    else if (item.fromPage && !current.fromPage && exact) stays[stays.length - 1] = { ...item, ...seen, dated: true };
    else Object.assign(current, seen, { dated: current.dated || exact });
  }
  return stays.map(({ entry, dated, seenUntil }) => ({ entry, dated, ...(seenUntil ? { seenUntil } : {}) }));
}

/**
 * A sighting that a page entry now precedes was entered after that entry: the history the page
 * shows later bounds what Touchline could not know when it first saw the stage. The latest entry
 * carries `seenUntil` where known.
 */
function tightened(history: StageEntry[], seenUntil: string | undefined): StageEntry[] {
  const bounded = history.map((entry, i) => {
    const before = history[i - 1];
    if (!before || !(entry.firstSeen || entry.after)) return entry;
    const bound =
      entry.after && Date.parse(entry.after) > Date.parse(before.enteredAt) ? entry.after : before.enteredAt;
    const { firstSeen: _unbounded, ...rest } = entry;
    return { ...rest, after: bound };
  });
  const last = bounded.at(-1);
  if (last && seenUntil && Date.parse(seenUntil) > Date.parse(last.enteredAt)) {
    bounded[bounded.length - 1] = { ...last, seenUntil };
  }
  return bounded;
}
