import { addDays } from '../../locale/calendar-day';
import { fold } from '../../locale/fold';
import type { StageEntry } from '../../schema/record';
import { zonedDay, zonedTimeToUtc } from '../../zoned-day';
import type { DealCells } from './cells';
import type { DealMapping } from './mapping';
import { type EnteredCell, withUnreadEntries } from './unread-stage-dates';

/** Reads one date cell; a `reason` when the cell holds something that is not a date. */
export type ReadDate = (text: string) => string | { reason: string };

/**
 * The stage entries a row dates, never guessed (metrics.md, Time in stage):
 * - each "Date entered <stage>" cell of the deal's pipeline gives that stage's entry (HubSpot);
 * - "Last stage change" gives the current stage's entry (Salesforce, Pipedrive);
 * - else Created Date + (Age − Stage Duration) days gives it to the day (`approximate`): a
 *   Salesforce report may leave Last Stage Change Date blank on a row whose own Stage Duration is
 *   shorter than its Age, so the blank cell does not say the deal never moved while the days do;
 * - else a blank "Last stage change" where the export has the column says the deal never changed
 *   stage, so it entered it when created.
 * A deal with none of these gets no entry for its current stage. A cell that cannot be read gives
 * a note (`left`) and bounds the stays around it (withUnreadEntries): the deal is still imported.
 */
export function stageEntries(
  cells: DealCells,
  mapping: DealMapping,
  stage: string | undefined,
  readDate: ReadDate,
  timeZone: string,
): { entries: StageEntry[]; left: string[] } {
  const entered: EnteredCell[] = [];
  const left: string[] = [];
  const pipeline = cells.single.pipeline;
  for (const { column, text } of cells.entered) {
    const of = mapping.stageColumns[column];
    if (!of || (of.pipeline && pipeline && fold(of.pipeline) !== fold(pipeline))) continue;
    const named = stage && fold(stage) === fold(of.stage) ? stage : of.stage;
    const enteredAt = readDate(text);
    if (typeof enteredAt !== 'string') left.push(`the date ${of.stage} was entered (${enteredAt.reason})`);
    entered.push({ stage: named, ...(typeof enteredAt === 'string' ? { entry: { stage: named, enteredAt } } : {}) });
  }
  const entries = withUnreadEntries(entered);
  if (!stage) return { entries, left };
  const current = currentEntry(cells, readDate, timeZone);
  if (current && 'reason' in current) left.push(`the current stage's entry (${current.reason})`);
  else if (current) entries.push({ stage, ...current });
  return { entries, left };
}

type CurrentEntry = { enteredAt: string; approximate?: true } | { reason: string } | undefined;

function currentEntry(cells: DealCells, readDate: ReadDate, timeZone: string): CurrentEntry {
  const { stageChangedAt, createdAt, ageDays, stageDays } = cells.single;
  if (stageChangedAt) return dated(readDate(stageChangedAt));
  if (!createdAt) return undefined;
  const created = readDate(createdAt);
  if (typeof created !== 'string') return created;
  const days = dayCounts(ageDays, stageDays);
  // Days that cannot be read, or that say the deal never moved, leave a blank cell's word standing.
  const neverMoved = days === undefined || 'reason' in days || days.inStage === days.age;
  if (cells.mapped.has('stageChangedAt') && neverMoved) return { enteredAt: created };
  if (days === undefined || 'reason' in days) return days;
  return { enteredAt: dayAfter(created, days.age - days.inStage, timeZone), approximate: true };
}

/** Age and Stage Duration in whole days; undefined without both, a `reason` when they cannot be. */
function dayCounts(
  ageDays: string | undefined,
  stageDays: string | undefined,
): { age: number; inStage: number } | { reason: string } | undefined {
  if (!ageDays || !stageDays) return undefined;
  const age = wholeDays(ageDays);
  const inStage = wholeDays(stageDays);
  if (age === undefined || inStage === undefined) return { reason: `days not read: "${ageDays}", "${stageDays}"` };
  if (inStage > age) return { reason: `in its stage longer than it exists: ${stageDays} > ${ageDays} days` };
  return { age, inStage };
}

function dated(read: string | { reason: string }): CurrentEntry {
  return typeof read === 'string' ? { enteredAt: read } : read;
}

function wholeDays(text: string): number | undefined {
  const n = Number(text.replace(',', '.'));
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The start of the day `days` after the instant's day, in the zone the file's dates are read in. */
function dayAfter(instant: string, days: number, timeZone: string): string {
  const [year, month, day] = zonedDay(instant, timeZone).split('-').map(Number) as [number, number, number];
  return zonedTimeToUtc(addDays({ year, month, day }, days), { hour: 0, minute: 0 }, timeZone).toISOString();
}
