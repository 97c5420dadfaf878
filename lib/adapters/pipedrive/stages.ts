import type { StageEntry } from '../../schema/record';
import { zonedDay, zonedTimeToUtc } from '../../zoned-day';
import type { PageClock } from '../types';
import type { ChangeRow } from './read-timeline';
import type { StageBar } from './stage-bar';
import { hasWord } from './text-match';
import type { Wording } from './wording';

/**
 * The stage history from every source the page shows, the most exact first: changelog rows
 * ("Stage: A → B", dated to the minute), then the day count the stage bar shows for the current
 * stage (entered at the start of today − N days, marked approximate), and only without either the
 * deal's creation date as the entry into the stage it is in.
 */
export function stageHistory(
  changes: ChangeRow[],
  createdAt: string | undefined,
  current: string | undefined,
  bar: StageBar,
  clock: PageClock,
  words: Wording,
): StageEntry[] {
  const stageChanges = changes
    .filter((c) => hasWord(c.field, words.stageField) && c.timestamp)
    .sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
  const history: StageEntry[] = [];
  const days = bar.steps.find((s) => s.name === current)?.days;
  const shown = current && days !== undefined ? shownEntry(current, days, clock) : undefined;
  const first = stageChanges[0]?.from;
  if (createdAt && first) history.push({ stage: first, enteredAt: createdAt });
  for (const c of stageChanges) if (c.timestamp) history.push({ stage: c.to, enteredAt: c.timestamp });
  const last = history[history.length - 1];
  if (shown && last?.stage !== current) history.push(shown);
  else if (history.length === 0 && createdAt && current) history.push({ stage: current, enteredAt: createdAt });
  return history;
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
    .filter((c) => hasWord(c.field, words.stageField) && c.timestamp)
    .sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
  return dated[dated.length - 1]?.to;
}
