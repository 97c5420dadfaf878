import type { TimePrecision } from '../../schema/activity';
import type { NotRead } from '../../schema/read-result';
import type { StageEntry } from '../../schema/record';
import { fieldDate } from './field-date';
import type { PageWords } from './read-contact';
import { cellText, relatedList, shownOf } from './related-list';
import { boundedByUndated, type ListedRow } from './undated-history-rows';
import { labelsOf } from './words';

export interface HistoryRow {
  entry: StageEntry;
  precision: TimePrecision;
  /** The date as the page printed it, for reasons a rep reads. */
  shown?: string;
}

export interface HistoryReading {
  /** One row per stay in a stage, oldest first. */
  rows: HistoryRow[];
  /** Why the history shown was cut short: moves whose order the page does not give. */
  unsettled?: NotRead;
  /** Rows whose date cannot be read: the stays around them are bounded, not exact. */
  undated?: NotRead;
}

/**
 * The "Stage History" related list (OpportunityHistory: a row for every change of stage, amount,
 * probability or close date, in any order), one row per stay. A card that shows only its newest
 * rows, "(3+)" or a count above the rows it shows, may hide earlier rows of its oldest stage, so
 * that stay's entry is only a lower bound (metrics.md, "Time in stage"), as is the first stay after
 * moves whose order is unknown.
 */
export function readStageHistory(view: Element, current: string | undefined, page: PageWords): HistoryReading {
  const list = relatedList(view, labelsOf(page.words, 'stageHistory'), page.words);
  const listed: ListedRow[] = [];
  for (const row of list?.rows ?? []) {
    const stage = cellText(row, labelsOf(page.words, 'historyStage'));
    const shown = cellText(row, labelsOf(page.words, 'historyDate'));
    const date = fieldDate(shown, page);
    const dated = date && { entry: { stage, enteredAt: date.timestamp }, precision: date.timePrecision, shown };
    if (stage) listed.push({ stage, ...(shown ? { shown } : {}), ...(dated ? { dated } : {}) });
  }
  const { ordered, unsettled } = inTimeOrder(
    listed.flatMap((r) => r.dated ?? []),
    current,
  );
  const stays = ordered.filter((r, i) => i === 0 || ordered[i - 1]?.entry.stage !== r.entry.stage);
  const oldest = stays[0];
  // Rows before the oldest kept one are missing or left out: the deal may have been in its stage longer.
  if ((list?.partial || unsettled) && oldest) stays[0] = { ...oldest, entry: { ...oldest.entry, firstSeen: true } };
  const { stays: bounded, unread: undated } = boundedByUndated(stays, listed);
  const cut: NotRead | undefined =
    unsettled ??
    (list?.partial && oldest
      ? {
          field: 'stageHistory',
          reason: `the "Stage History" card shows its newest rows only (${shownOf(list)}): ${oldest.entry.stage} may have been entered before ${oldest.shown ?? 'its oldest row shown'}`,
        }
      : undefined);
  return { rows: bounded, ...(cut ? { unsettled: cut } : {}), ...(undated ? { undated } : {}) };
}

/**
 * Rows by time. Moves within one minute share a time, and the page's order of them is no proof
 * (lists sort either way). The latest such group ends in the current stage the path or field
 * shows. An earlier group's order is not known (the next row may itself be a move): it and
 * everything before it are left out, reported, rather than guessed.
 */
function inTimeOrder(rows: HistoryRow[], current: string | undefined): { ordered: HistoryRow[]; unsettled?: NotRead } {
  const groups = sameTimeGroups(rows);
  let kept = 0;
  let unsettled: NotRead | undefined;
  groups.forEach((group, i) => {
    const settled = settledOrder(group, i === groups.length - 1 ? current : undefined);
    if (settled) groups[i] = settled;
    else {
      kept = i + 1;
      unsettled = {
        field: 'stageHistory',
        reason: `moves to ${stagesOf(group).join(', ')} share the time ${group[0]?.shown ?? group[0]?.entry.enteredAt} and the page does not show their order: the history before them is left out`,
      };
    }
  });
  return { ordered: groups.slice(kept).flat(), ...(unsettled ? { unsettled } : {}) };
}

function sameTimeGroups(rows: HistoryRow[]): HistoryRow[][] {
  const sorted = [...rows].sort((a, b) => a.entry.enteredAt.localeCompare(b.entry.enteredAt));
  const groups: HistoryRow[][] = [];
  for (const row of sorted) {
    const last = groups.at(-1);
    if (last && last[0]?.entry.enteredAt === row.entry.enteredAt) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

/**
 * The group with the stage the deal is in after it last; undefined when nothing says which came
 * last. The others' order within the minute stays unknown, but their stays last no time at all
 * whichever it was: only the last one's length counts.
 */
function settledOrder(group: HistoryRow[], next: string | undefined): HistoryRow[] | undefined {
  const stages = stagesOf(group);
  if (stages.length === 1) return group;
  if (!next || !stages.includes(next)) return undefined;
  return [...group.filter((r) => r.entry.stage !== next), ...group.filter((r) => r.entry.stage === next)];
}

function stagesOf(group: HistoryRow[]): string[] {
  return [...new Set(group.map((r) => r.entry.stage))];
}
