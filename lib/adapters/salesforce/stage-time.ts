import { wholeNumber } from '../../locale/whole-number';
import { sameDayStageEntry } from '../../metrics/same-day-stage-entry';
import type { ActivityReading } from '../../schema/activity';
import type { NotRead } from '../../schema/read-result';
import type { StageEntry } from '../../schema/record';
import { zonedDay, zonedTimeToUtc } from '../../zoned-day';
import { fieldDate } from './field-date';
import { fieldValue } from './fields';
import type { PageWords } from './read-contact';
import { type HistoryRow, readStageHistory } from './stage-history';
import { labelsOf } from './words';

export interface StageReading {
  history: StageEntry[];
  /** One system event per stage entered after the first, at the precision the page showed. */
  events: ActivityReading[];
  /** What the history could not settle. */
  unsettled?: NotRead;
  /** History rows whose date cannot be read. */
  undated?: NotRead;
}

/**
 * Time in stage from every source the record shows, the most exact first (issue 9 item 4): the
 * "Stage History" related list (OpportunityHistory, also in a tab that is not selected), then a
 * "Last Stage Change Date" field for the current stage, then a shown duration ("Days in Stage"),
 * which gives the start of that day, marked approximate. The field also replaces a history
 * entry for the current stage that is only a lower bound, when it is the only entry. An entry
 * dated by day alone on the day of the history's latest row, a move into another stage, is that
 * row's move under the stage's new name or a move the list does not show yet, told apart by the
 * Path's `stages` (sameDayStageEntry).
 */
export function readStageTime(
  view: Element,
  current: string | undefined,
  stages: readonly string[],
  page: PageWords,
): StageReading {
  const { rows, unsettled: cut, undated } = readStageHistory(view, current, page);
  let unsettled = cut;
  const latest = rows[rows.length - 1];
  // A lower bound after other stays bounds the one before it too (a row the page dates unreadably
  // came between them): an exact entry from the field would let that stay run on to it.
  const onlyLowerBound = latest?.entry.firstSeen && rows.length === 1;
  if (current && (latest?.entry.stage !== current || onlyLowerBound)) {
    const entry = fromChangeDate(view, current, page) ?? fromDuration(view, current, page);
    const sameDay =
      entry?.precision === 'day' && latest
        ? sameDayStageEntry(latest.entry, entry.entry, stages, page.clock.timeZone)
        : undefined;
    if (sameDay && latest) {
      const row = sameDay.replacesLatest
        ? { ...latest, entry: sameDay.entry }
        : { entry: sameDay.entry, precision: 'day' as const };
      rows.splice(sameDay.replacesLatest ? -1 : rows.length, 1, row);
    } else if (entry && latest?.entry.stage === current) {
      if (entry.entry.enteredAt <= latest.entry.enteredAt) {
        rows[rows.length - 1] = entry;
        // The only stay the history cut short now has its exact entry: nothing is left unread.
        if (rows.length === 1) unsettled = undefined;
      }
    } else if (entry && (!latest || entry.entry.enteredAt > latest.entry.enteredAt)) rows.push(entry);
  }
  return {
    ...(unsettled ? { unsettled } : {}),
    ...(undated ? { undated } : {}),
    history: rows.map((r) => r.entry),
    // A lower bound or a range is no move the page dates: the deal may have entered the stage before it.
    events: rows
      .slice(1)
      .filter(({ entry }) => !entry.firstSeen && !entry.after)
      .map(({ entry, precision }) => ({
        type: 'system',
        direction: 'unknown',
        timestamp: entry.enteredAt,
        timePrecision: precision,
        title: `Stage changed to ${entry.stage}`,
        automated: true,
      })),
  };
}

function fromChangeDate(view: Element, stage: string, page: PageWords): HistoryRow | undefined {
  const text = fieldValue(view, labelsOf(page.words, 'lastStageChange'), page.recordId);
  const date = text ? fieldDate(text, page) : undefined;
  return date && { entry: { stage, enteredAt: date.timestamp }, precision: date.timePrecision };
}

/**
 * Days as the page's language prints them, thousands grouped by its own mark ("1,066", "1.066"): the
 * deals left longest in a stage are the ones a count stopping at the mark showed fresh. A formula
 * field's fraction ("12.347" in English) is dropped.
 */
function fromDuration(view: Element, stage: string, page: PageWords): HistoryRow | undefined {
  const shown = fieldValue(view, labelsOf(page.words, 'stageDuration'), page.recordId);
  const days = shown === undefined ? undefined : wholeNumber(shown, page.locale.lang);
  if (days === undefined) return undefined;
  const [year, month, day] = zonedDay(page.clock.now, page.clock.timeZone).split('-').map(Number);
  const start = new Date(Date.UTC(year as number, (month as number) - 1, (day as number) - days));
  const enteredAt = zonedTimeToUtc(
    { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() },
    { hour: 0, minute: 0 },
    page.clock.timeZone,
  ).toISOString();
  return { entry: { stage, enteredAt, approximate: true }, precision: 'day' };
}
