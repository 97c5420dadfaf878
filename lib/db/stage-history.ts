import { DAY_MS } from '../metrics/zoned-days';
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
 * kept, bounded by the latest time either copy saw the deal in the stage before, so neither copy's
 * knowledge of how long the deal has been in a stage is lost, and the latest sighting of the
 * current stay is kept. Two sightings of one stage with a stay in another seen between them are
 * two stays (movedBackBetween), and a later sighting of another stage than the last is a move back
 * into it (withLaterSightings). One copy's exact entry dated inside the other's sighting places
 * that sighting as mergeStageHistory does, the latest sighting being the stage last read.
 */
export function unitedStageHistory(a: readonly StageEntry[], b: readonly StageEntry[]): StageEntry[] {
  const both = [...a, ...b];
  const shown = (entry: StageEntry) => !entry.firstSeen && !entry.after;
  const sightings = both
    .flatMap((entry) => (entry.seenUntil ? [{ stage: entry.stage, at: new Date(entry.seenUntil) }] : []))
    .sort((x, y) => x.at.getTime() - y.at.getTime());
  // Each copy in its own order: entries at one instant keep the order their history gave them. The
  // latest sighting is the stage the newest reading showed, as a page reading's is (mergeStageHistory).
  const history = stays([...fromCopy(a, shown), ...fromCopy(b, shown)], sightings.at(-1));
  const bounded = history.map((entry, i) => boundedBySighting(entry, history[i - 1], both));
  const { united, seenUntil } = withLaterSightings(bounded, sightings);
  return tightened(united, seenUntil);
}

/**
 * The history followed by what the copies' sightings (`seenUntil`, oldest first) show after its
 * last entry: a sighting of the last stay's stage is when the deal was last seen in it; one of
 * another stage is a move back into that stage (a reopened deal seen in Proposal by one browser
 * after the other saw it lost), entered after the deal was last seen in the stay before and by the
 * sighting (metrics.md: "a deal that re-enters a stage starts counting again"), where it surely
 * came after the last entry (latestEntered).
 */
function withLaterSightings(
  history: readonly StageEntry[],
  sightings: readonly ShownStage[],
): { united: StageEntry[]; seenUntil: string | undefined } {
  const united = [...history];
  let seenUntil: string | undefined;
  for (const sighting of sightings) {
    const [last, at] = [united.at(-1), sighting.at.toISOString()];
    if (!last || sighting.at.getTime() <= Date.parse(last.enteredAt)) continue;
    if (last.stage === sighting.stage) seenUntil = at;
    else if (sighting.at.getTime() > latestEntered(last)) {
      united.push({ stage: sighting.stage, enteredAt: at, after: seenUntil ?? last.enteredAt });
      seenUntil = undefined;
    }
  }
  return { united, seenUntil };
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

/**
 * The latest the last entry may have been made: a day after its instant (a date alone, or a shown
 * duration, stands at its day's start: a sighting of the stage before earlier that day is no move
 * back), and no earlier than the reading a duration was counted from.
 */
function latestEntered(entry: StageEntry): number {
  return Math.max(Date.parse(entry.enteredAt) + DAY_MS, entry.countedFrom ? Date.parse(entry.countedFrom) : 0);
}

/**
 * One stored copy's entries, each bounded one with the stage the copy has before it (`cameFrom`).
 * Only a union needs it: one copy may have seen the deal in a stage between two sightings the
 * other made of another stage, whereas a page reading is the next reading of the one browser whose
 * history it joins, which saw every stage it recorded in turn (mergeStageHistory).
 */
function fromCopy(copy: readonly StageEntry[], fromPage: (entry: StageEntry) => boolean): Sourced[] {
  const before = stagesBefore(copy);
  return sourced(copy, fromPage).map((item, i) => {
    const from = item.entry.after === undefined ? undefined : before[i];
    return from === undefined || from === item.entry.stage ? item : { ...item, cameFrom: from };
  });
}

/** For each entry, the stage of the entry before it in time in its own history (an instant keeps the history's order). */
function stagesBefore(entries: readonly StageEntry[]): (string | undefined)[] {
  const order = entries
    .map((entry, index) => ({ at: Date.parse(entry.enteredAt), index }))
    .sort((x, y) => x.at - y.at || x.index - y.index)
    .map(({ index }) => index);
  const before: (string | undefined)[] = [];
  for (const [place, index] of order.entries()) {
    const previous = order[place - 1];
    before[index] = previous === undefined ? undefined : entries[previous]?.stage;
  }
  return before;
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
  /**
   * For an entry bounded by `after`: the other stage its own history has before it, which the deal
   * was seen in at `after` (another copy may not know that stay at that time).
   */
  cameFrom?: string;
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
 * latest time a reading showed the deal in it. Entries of one stage in a row are one stay, unless
 * the later one was entered from another stage the deal was seen in after the stay began
 * (`cameFrom`): the deal left the stage and came back (movedBackBetween).
 */
function collapseStays(ordered: Sourced[]): Stay[] {
  const stays: (Sourced & Stay)[] = [];
  for (const item of ordered) {
    const between = movedBackBetween(stays.at(-1), item);
    if (between) stays.push(between);
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
    else Object.assign(current, seen, { entry: laterBound(current.entry, item.entry), dated: current.dated || exact });
  }
  return stays.map(({ entry, dated, seenUntil }) => ({ entry, dated, ...(seenUntil ? { seenUntil } : {}) }));
}

/**
 * The stay in the stage `item` was entered from, when that is another stage the deal was seen in
 * after `stay`, of `item`'s stage, began (two copies of one deal: one saw Proposal, the other Demo
 * again and then Proposal). Entered after the deal was last seen in `stay` before then, and by the
 * time it was seen in that stage; so `item` is a stay of its own (metrics.md: "a deal that
 * re-enters a stage starts counting again"), never one stay with `stay`. A stay a page or an
 * export dates is not cut by Touchline's sightings (unsplit-stays.ts: exact entries win).
 */
function movedBackBetween(stay: (Sourced & Stay) | undefined, item: Sourced): (Sourced & Stay) | undefined {
  const { after } = item.entry;
  if (!stay || stay.dated || stay.entry.stage !== item.entry.stage || !after || !item.cameFrom) return undefined;
  const seenAt = Date.parse(after);
  if (seenAt <= Date.parse(stay.entry.enteredAt)) return undefined;
  const lastSeen = stay.seenUntil && Date.parse(stay.seenUntil) < seenAt ? stay.seenUntil : stay.entry.enteredAt;
  return { entry: { stage: item.cameFrom, enteredAt: after, after: lastSeen }, fromPage: false, dated: false };
}

/**
 * The kept entry of a stay, bounded by another entry's `after` of the stay when that is later and
 * still before the kept entry: each copy saw the deal in the stage before until its own time, and
 * the latest of them is the tightest bound (metrics.md, "at most now minus when it last saw it in
 * the stage before"). An exact entry needs no bound.
 */
function laterBound(kept: StageEntry, other: StageEntry): StageEntry {
  if (!other.after || !(kept.firstSeen || kept.after)) return kept;
  const bound = Date.parse(other.after);
  if (bound >= Date.parse(kept.enteredAt) || (kept.after && Date.parse(kept.after) >= bound)) return kept;
  const { firstSeen: _bounded, ...rest } = kept;
  return { ...rest, after: other.after };
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
