import type { StageEntry } from '../schema/record';
import { dayNumber } from './zoned-days';

/** Where a current stage's day-only entry goes beside the history's latest row. */
export interface SameDayEntry {
  entry: StageEntry;
  /** The entry is the latest row's own move, under the stage's new name: it takes the row's place. */
  replacesLatest: boolean;
}

/**
 * The current stage's entry dated by its day alone (from a duration the page shows, "12 days in
 * stage": the start of that day), when the history's latest row moved the deal into another stage
 * on that same day. By time alone the day's start sorts before the row, which would make the row's
 * stage the latest one and the current stage a stay that ended at once (metrics.md: the duration
 * "gives the entry day exactly", so the entry is on the row's day, not before the row). Two pages
 * give this:
 * - the stage was renamed after the move: the history keeps the name the stage had then, the bar,
 *   Path and stage field show the new one. The row is the move into the current stage, dated to the
 *   minute, and the entry takes its place: no stay under the old name is made up.
 * - the deal moved again that day by a move the history does not show yet: the current stage was
 *   entered after the row, on its day. Entered at the row's instant, after it (entries at one
 *   instant keep their order), exact to the day as the duration is.
 * They differ by the stages the page shows (`stages`: the bar's or Path's steps): a renamed stage
 * is gone under its old name, a stage the deal left the same day is still one of them. A page that
 * shows no steps (a layout without a Path, or one not drawn yet) cannot tell, and the entry is left
 * as the page dates it: taken for a rename, a history one move behind would lose the stage its row
 * entered, and a stored sighting of that stage would read as a move back.
 * Undefined when the entry is on another day than the row (a move of its own), or no steps show.
 */
export function sameDayStageEntry(
  latest: StageEntry,
  shown: StageEntry,
  stages: readonly string[],
  timeZone: string,
): SameDayEntry | undefined {
  const day = (iso: string) => dayNumber(new Date(iso), timeZone);
  if (stages.length === 0 || latest.stage === shown.stage || day(latest.enteredAt) !== day(shown.enteredAt))
    return undefined;
  if (stages.includes(latest.stage)) return { entry: { ...shown, enteredAt: latest.enteredAt }, replacesLatest: false };
  return { entry: { ...latest, stage: shown.stage }, replacesLatest: true };
}
