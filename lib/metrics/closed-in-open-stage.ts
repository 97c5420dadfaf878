import { isFromExportOnly } from '../csv-import/deals/to-deal';
import { calendarDaySchema } from '../schema/activity';
import type { Deal } from '../schema/record';
import { closedStages } from './closed-stage';
import { stageOutcome } from './stage-outcome';
import { currentStage, sortedHistory } from './stage-time';
import { dayNumber, dayNumberOf, startOfDay } from './zoned-days';

/**
 * When a deal the page marks won or lost left the open stage its history ends in: the start of its
 * close day in `timeZone`. A Pipedrive deal is won or lost in the stage it sits in (the stage does
 * not change), so the close ends that visit as a move would (metrics.md "Time in stage": now, or
 * the exit time), as the deal's own panel counts it (closed-stage-time.ts). Undefined when the deal
 * is open, sits in an outcome (a closed stage: its close was the entry), its history misses the
 * move into its current stage, or its close day is not readable, comes before its entry or after
 * the latest reading (then it is not when the deal left the stage).
 */
export function closeOfOpenStage(
  deal: Pick<Deal, 'crm' | 'closed' | 'closeDate' | 'stage' | 'stageHistory' | 'lastReadAt'>,
  timeZone: string,
): Date | undefined {
  const latest = sortedHistory(deal).at(-1);
  const stage = currentStage(deal);
  if (!deal.closed || !latest || latest.stage !== stage) return undefined;
  if (stageOutcome(latest.stage) !== undefined || closedStages([deal]).has(latest.stage)) return undefined;
  const printed = calendarDaySchema.safeParse(deal.closeDate);
  if (!printed.success) return undefined;
  const closeDay = dayNumberOf(printed.data);
  if (!Number.isFinite(closeDay) || closeDay < dayNumber(new Date(latest.after ?? latest.enteredAt), timeZone))
    return undefined;
  // A close day after the reading that saw the deal closed is a plan (a lost deal may keep its expected
  // close date), not when it left: a day of slack, as the page printed it in its own zone, which may be
  // ahead. A deal only an export brought was read by no page; its close day is the export's won/lost time.
  if (!isFromExportOnly(deal) && closeDay > dayNumber(new Date(deal.lastReadAt), timeZone) + 1) return undefined;
  return startOfDay(closeDay, timeZone);
}
