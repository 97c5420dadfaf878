import { sameDayStageEntry } from '../../metrics/same-day-stage-entry';
import { dayNumber } from '../../metrics/zoned-days';
import type { StageEntry } from '../../schema/record';
import { zonedDay, zonedTimeToUtc } from '../../zoned-day';
import type { PageClock } from '../types';
import { hasUndatedPipelineMove, pipelineMovedAt } from './pipeline-move';
import type { ChangeRow } from './read-timeline';
import type { StageBar } from './stage-bar';
import { stageMoveAnnounced } from './stage-move-announced';
import { inMoveOrder } from './stage-move-order';
import { isWord } from './text-match';
import type { Wording } from './wording';

/** The stage history a deal page shows, and whether its stage bar dates a later stay than the feed does. */
export interface ShownHistory {
  entries: StageEntry[];
  /** The bar's day count for the current stage is shorter than the feed's latest stay in it. */
  reentryUnseen: boolean;
}

/**
 * The stage history from every source the page shows, the most exact first: changelog rows
 * ("Stage: A → B", dated to the minute, in the order they chain: stage-move-order.ts), then the
 * day count the stage bar shows for the current stage (entered at the start of today − N days,
 * marked approximate; on the day of the feed's latest move into another stage, placed by
 * sameDayStageEntry: a renamed stage or a move the feed does not show yet), and the deal's
 * creation date as the entry into the stage its first move left (or, without moves, the stage it
 * is in). The creation date is that entry only when the feed is whole (`wholeFeed`: not filtered,
 * cut off or still loading) and every stage change in it is dated: otherwise an earlier move may
 * be unseen, the entry is not known (metrics.md), and the stage the first move left is entered by
 * that move at the latest (`firstSeen`), for Touchline's sightings to bound rather than made up.
 *
 * The bar counts the days since the deal last entered its stage (or every stay in it together),
 * never fewer than the current stay: a count that dates the entry more than a day after the feed's
 * latest move into the stage (a day's slack for a count of whole 24 hours) means the deal left the
 * stage and came back by moves the feed does not show. The bar's entry then stands for the stay
 * (metrics.md: time counts from the last entry) and the feed's moves are left out: kept, the
 * older entry into the same stage would be one stay with it (db/stage-history.ts keeps its earliest
 * entry), and the stage before it would run on until the bar's day. Only on an open deal: a closed
 * deal's bar keeps the days its last stage lasted until it closed (a deal lost 7 days into
 * Negotiation shows "7 days" weeks later), so its counts run back from its close day (`closeDay`),
 * and date nothing where that day was not read.
 *
 * A deal moved to another pipeline ("Pipeline: Vertrieb → Partner", pipeline-move.ts) has only the
 * stays after its latest pipeline move: the earlier ones are the other pipeline's, whose stages may
 * carry the same names, and metrics.md compares deals of one pipeline. The pipeline move then
 * stands for the creation date.
 */
export function stageHistory(
  changes: ChangeRow[],
  createdAt: string | undefined,
  wholeFeed: boolean,
  current: string | undefined,
  bar: StageBar,
  clock: PageClock,
  words: Wording,
  open: boolean,
  closeDay: string | undefined,
): ShownHistory {
  const moved = pipelineMovedAt(changes, words);
  const inPipeline = (c: ChangeRow) => moved === undefined || !c.timestamp || Date.parse(c.timestamp) >= moved;
  const stageRows = changes.filter((c) => isStageField(c, words) && inPipeline(c));
  const stageChanges = inMoveOrder(stageRows.filter((c) => c.timestamp));
  const dated = stageRows.every((c) => c.timestamp) && !hasUndatedPipelineMove(changes, words);
  const created = wholeFeed && dated ? (moved === undefined ? createdAt : new Date(moved).toISOString()) : undefined;
  const history: StageEntry[] = [];
  const days = bar.steps.find((s) => s.name === current)?.days;
  const until = open ? zonedDay(clock.now, clock.timeZone) : closeDay?.match(/^\d{4}-\d{2}-\d{2}$/)?.[0];
  const counted = until === undefined ? undefined : { until, timeZone: clock.timeZone };
  const shown = current && days !== undefined && counted ? shownEntry(current, days, counted) : undefined;
  const [first] = stageChanges;
  // Without its creation date the stage the first move left still was entered, by that move at
  // the latest: counted as entered (stage conversion), its time in it unbounded (no typical-time sample).
  // A stage row logged with the pipeline move (within its two minutes) is the move's own ("Angebot →
  // Erstkontakt"), whose stage left is the other pipeline's; a later row's was entered by the move.
  const movesOwn = moved !== undefined && first?.timestamp !== undefined && withMove(first.timestamp, moved);
  if (first?.timestamp && first.from && !movesOwn)
    history.push(
      created
        ? { stage: first.from, enteredAt: created }
        : { stage: first.from, enteredAt: first.timestamp, firstSeen: true },
    );
  for (const c of stageChanges) if (c.timestamp) history.push({ stage: c.to, enteredAt: c.timestamp });
  // Moved into this pipeline and no stage move since: in its stage since the pipeline move.
  if (moved !== undefined && history.length === 0 && created && current)
    history.push({ stage: current, enteredAt: created });
  const last = history[history.length - 1];
  if (open && shown && last?.stage === shown.stage && daysBetween(last.enteredAt, shown.enteredAt, clock) > 1)
    return { entries: [shown], reentryUnseen: true };
  const sameDay =
    last &&
    shown &&
    sameDayStageEntry(
      last,
      shown,
      bar.steps.map((s) => s.name),
      clock.timeZone,
    );
  if (sameDay) history.splice(sameDay.replacesLatest ? -1 : history.length, 1, sameDay.entry);
  else if (shown && last?.stage !== current)
    history.push(
      ...(history.length === 0 && counted && wholeFeed
        ? passedSteps(bar, shown.stage, days ?? 0, created, counted)
        : []),
      shown,
    );
  // A closed deal's bar counting days in a stage before its last says it entered that one later
  // than its creation, by a day that is not read: nothing is dated rather than the creation day.
  else if (history.length === 0 && created && current && (counted || !countsBefore(bar, current)))
    history.push({ stage: current, enteredAt: created });
  return { entries: history, reentryUnseen: false };
}

function countsBefore(bar: StageBar, current: string): boolean {
  const at = bar.steps.findIndex((s) => s.name === current);
  return bar.steps.slice(0, Math.max(at, 0)).some((s) => s.days !== undefined);
}

function withMove(timestamp: string, moved: number): boolean {
  return Math.abs(Date.parse(timestamp) - moved) <= 2 * 60_000;
}

/**
 * Where the whole feed of a deal dates no move, the steps before the current one that carry a day
 * count were stays of the deal's (crm-evidence-2.md: each step's prefix is the days spent in it):
 * each entered that many days before the next, counted back from the current stage's entry, never
 * before the deal's creation, and approximate as the bar's count is. A step without a count was
 * skipped. Without them a stage the deal on screen went through was "no deals entered yet".
 * Not where a step after the current one has a count (the deal moved back: its stays are in no
 * order the bar shows), nor on a filtered feed (an earlier reading may have stored the moves
 * exactly).
 */
function passedSteps(bar: StageBar, current: string, days: number, created: string | undefined, counted: Counted) {
  const at = bar.steps.findIndex((s) => s.name === current);
  if (at < 0 || bar.steps.slice(at + 1).some((s) => s.days !== undefined)) return [];
  const entries: StageEntry[] = [];
  let back = days;
  for (const step of bar.steps.slice(0, at).reverse()) {
    if (step.days === undefined) continue;
    back += step.days;
    const entry = shownEntry(step.name, back, counted);
    entries.unshift(created && created > entry.enteredAt ? { ...entry, enteredAt: created } : entry);
  }
  return entries;
}

/** Calendar days from one instant's day to a later one's, in the page's zone. */
function daysBetween(from: string, to: string, clock: PageClock): number {
  return dayNumber(new Date(to), clock.timeZone) - dayNumber(new Date(from), clock.timeZone);
}

/**
 * A change of the deal's own stage: the row's field is a stage field name as a whole ("Stage",
 * "Deal stage"), a label saying the stage changed ("Stage changed: A → B", "Phase geändert"), or
 * a heading of one and a word ("Stage changed", "Phase geändert"). A company's own field named
 * like one ("Project stage", "Étape du projet", "Stage owner") logs rows too; they are no moves.
 */
function isStageField(row: ChangeRow, words: Wording): boolean {
  if (isWord(row.field, words.stageField)) return true;
  if (stageMoveAnnounced(row.field, words)?.rest === '') return true;
  return row.headed === true && isWord(row.field.replace(/\s+\S+$/, ''), words.stageField);
}

/** The day a stage bar's counts run to (today, or a closed deal's close day), in the page's zone. */
interface Counted {
  until: string;
  timeZone: string;
}

/** "N days in this stage": the start of the day N days before the bar's day, exact to the day only. */
function shownEntry(stage: string, days: number, counted: Counted): StageEntry {
  const [year, month, day] = counted.until.split('-').map(Number);
  const start = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) - days));
  const enteredAt = zonedTimeToUtc(
    { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() },
    { hour: 0, minute: 0 },
    counted.timeZone,
  );
  return { stage, enteredAt: enteredAt.toISOString(), approximate: true };
}

/** The stage the latest dated changelog row moved the deal to, for pages whose bar marks no current step. */
export function latestStageChange(changes: ChangeRow[], words: Wording): string | undefined {
  return inMoveOrder(changes.filter((c) => isStageField(c, words) && c.timestamp)).at(-1)?.to;
}

/** A stage move whose date the page does not show readably: the stage it entered has no known entry. */
export function hasUndatedStageChange(changes: ChangeRow[], words: Wording): boolean {
  return changes.some((c) => isStageField(c, words) && !c.timestamp);
}
