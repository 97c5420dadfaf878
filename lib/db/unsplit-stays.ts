import type { StageEntry } from '../schema/record';

/**
 * A stay in a stage: the entry kept for it, whether any entry of it was exact, and the latest
 * `seenUntil` of its entries (a reading showed the deal in it then).
 */
export interface Stay {
  entry: StageEntry;
  dated: boolean;
  seenUntil?: string;
}

/** The stage a reading shows the deal in, and when: the stay the history ends with goes on until then. */
export interface ShownStage {
  stage: string;
  at: Date;
}

/**
 * The stays (in time order) as entries, none cut in two around stays Touchline saw without their
 * dates (metrics.md, "Time in stage as a range"). A sighting is placed at the latest time it can
 * have begun, so an exact entry dated inside its range sorts before it; when a later sighting of
 * the entry's stage, or the reading's current stage, follows, the history would read "Contract,
 * Negotiation, Contract" where the CRM dates one stay in Contract. The sightings between are then
 * placed before the entry, entered by its time at the latest, and the entry's stay is the one that
 * goes on: exact entries win over sightings. Only stays known from sightings alone that can have
 * begun before the entry and that no reading showed after it move. One that began after it
 * (Touchline saw the deal in the entry's stage after that), or that a reading showed after it, is
 * a move back (the deal re-entered the entry's stage, metrics.md "Time in stage") and stays where
 * it is. A sighting's own time is not such a reading: it is also the time an undated export was
 * imported, which shows the deal as it was when the file was made, at any time before.
 */
export function unsplitStays(stays: readonly Stay[], shown: ShownStage | undefined): StageEntry[] {
  let history = [...stays];
  // Each move leaves one stay fewer, or ends the history with an exact entry: it comes to an end.
  for (let moved = unsplitOnce(history, shown); moved; moved = unsplitOnce(history, shown)) history = moved;
  return history.map(({ entry }) => entry);
}

/**
 * True for an entry only bounded from above (`firstSeen`, or `after` earlier than `enteredAt`)
 * that can have begun before `at`. At one instant such an entry comes before an exact one: it was
 * entered by then, as a history gives a stage entered between two times before the stay the later
 * time begins.
 */
export function mayBeginBefore(entry: StageEntry, at: number): boolean {
  if (entry.after !== undefined) return Date.parse(entry.after) < at;
  return entry.firstSeen === true;
}

/** The stays with the first stay cut in two made whole, or undefined when none is. */
function unsplitOnce(stays: readonly Stay[], shown: ShownStage | undefined): Stay[] | undefined {
  for (const [i, { entry }] of stays.entries()) {
    if (isRange(entry)) continue;
    const between = movableAfter(stays, i);
    const next = stays[i + between.length + 1];
    const goesOn = next ? next.entry.stage === entry.stage && isRange(next.entry) : reachesShown(entry, between, shown);
    if (between.length === 0 || !goesOn) continue;
    const moved = between.map((stay) => ({ ...stay, entry: { ...stay.entry, enteredAt: entry.enteredAt } }));
    // A sighting placed after a stay in its own stage is part of that stay.
    const joined = moved[0]?.entry.stage === stays[i - 1]?.entry.stage ? moved.slice(1) : moved;
    return [...stays.slice(0, i), ...joined, stays[i] as Stay, ...stays.slice(i + between.length + (next ? 2 : 1))];
  }
  return undefined;
}

function isRange(entry: StageEntry): boolean {
  return entry.firstSeen === true || entry.after !== undefined;
}

/** The stays of other stages right after the exact entry at `index`, known from sightings that can have begun before it. */
function movableAfter(stays: readonly Stay[], index: number): Stay[] {
  const { entry } = stays[index] as Stay;
  const at = Date.parse(entry.enteredAt);
  const between: Stay[] = [];
  for (const [i, later] of stays.entries()) {
    if (i <= index) continue;
    if (later.dated || later.entry.stage === entry.stage || !mayBeginBefore(later.entry, at)) break;
    if (lastRead(later, stays[i + 1]) > at) break;
    between.push(later);
  }
  return between;
}

/**
 * The latest time a reading showed the deal in `stay` after first seeing it, or -Infinity: its
 * `seenUntil`, or the `after` of the sighting that follows it (the last time the deal was seen in
 * the stay before, which a reading that saw the stage change took from that `seenUntil`) when
 * later than the stay's own time.
 */
function lastRead(stay: Stay, next: Stay | undefined): number {
  const own = stay.seenUntil ? Date.parse(stay.seenUntil) : Number.NEGATIVE_INFINITY;
  const after = next?.entry.after ? Date.parse(next.entry.after) : Number.NEGATIVE_INFINITY;
  return Math.max(own, after > Date.parse(stay.entry.enteredAt) ? after : Number.NEGATIVE_INFINITY);
}

/** The history ends with `between` after the entry, and the reading showed the entry's stage after them. */
function reachesShown(entry: StageEntry, between: readonly Stay[], shown: ShownStage | undefined): boolean {
  if (shown?.stage !== entry.stage) return false;
  return between.every((stay) => Date.parse(stay.entry.enteredAt) <= shown.at.getTime());
}
