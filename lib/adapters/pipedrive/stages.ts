import type { StageEntry } from '../../schema/record';
import { zonedDay, zonedTimeToUtc } from '../../zoned-day';
import type { PageClock } from '../types';
import type { ChangeRow } from './read-timeline';
import type { StageBar } from './stage-bar';
import { stageMoveAnnounced } from './stage-move-sentence';
import { isWord } from './text-match';
import type { Wording } from './wording';

/**
 * The stage history from every source the page shows, the most exact first: changelog rows
 * ("Stage: A → B", dated to the minute), then the day count the stage bar shows for the current
 * stage (entered at the start of today − N days, marked approximate), and the deal's creation
 * date as the entry into the stage its first move left (or, without moves, the stage it is in).
 * The creation date is that entry only when the feed is whole (`wholeFeed`: not filtered, cut off
 * or still loading) and every stage change in it is dated: otherwise an earlier move may be
 * unseen, the entry is not known (metrics.md), and it is left out for Touchline's sightings to
 * bound rather than made up.
 */
export function stageHistory(
  changes: ChangeRow[],
  createdAt: string | undefined,
  wholeFeed: boolean,
  current: string | undefined,
  bar: StageBar,
  clock: PageClock,
  words: Wording,
): StageEntry[] {
  const stageRows = changes.filter((c) => isStageField(c, words));
  const stageChanges = stageRows
    .filter((c) => c.timestamp)
    .sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
  const created = wholeFeed && stageRows.every((c) => c.timestamp) ? createdAt : undefined;
  const history: StageEntry[] = [];
  const days = bar.steps.find((s) => s.name === current)?.days;
  const shown = current && days !== undefined ? shownEntry(current, days, clock) : undefined;
  const first = stageChanges[0]?.from;
  if (created && first) history.push({ stage: first, enteredAt: created });
  for (const c of stageChanges) if (c.timestamp) history.push({ stage: c.to, enteredAt: c.timestamp });
  const last = history[history.length - 1];
  if (shown && last?.stage !== current) history.push(shown);
  else if (history.length === 0 && created && current) history.push({ stage: current, enteredAt: created });
  return history;
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

/** "N days in this stage": the start of the day N days before today, exact to the day only. */
function shownEntry(stage: string, days: number, clock: PageClock): StageEntry {
  const [year, month, day] = zonedDay(clock.now, clock.timeZone).split('-').map(Number);
  const start = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) - days));
  const enteredAt = zonedTimeToUtc(
    { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() },
    { hour: 0, minute: 0 },
    clock.timeZone,
  );
  return { stage, enteredAt: enteredAt.toISOString(), approximate: true };
}

/** The stage the latest dated changelog row moved the deal to, for pages whose bar marks no current step. */
export function latestStageChange(changes: ChangeRow[], words: Wording): string | undefined {
  const dated = changes
    .filter((c) => isStageField(c, words) && c.timestamp)
    .sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
  return dated[dated.length - 1]?.to;
}

/** A stage move whose date the page does not show readably: the stage it entered has no known entry. */
export function hasUndatedStageChange(changes: ChangeRow[], words: Wording): boolean {
  return changes.some((c) => isStageField(c, words) && !c.timestamp);
}
