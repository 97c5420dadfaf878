import type { InvalidRow } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { outcomesInAccounts } from '../metrics/closed-stage';
import type { Touch } from '../metrics/touch';
import type { Activity } from '../schema/activity';
import type { Contact, Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import { yieldToPage } from '../yield-to-page';
import { byWarning, type DealRow, dealRowAndTouches, stageFigures, type WarningOrderRow } from './deal-row';
import type { TeamFilters } from './filters';
import type { KeepRows } from './kept-rows';
import type { Window } from './periods';
import { readDealActivities } from './read-rows';
import { append, inSlices } from './slices';
import type { StageOrders } from './stage-orders';
import type { Progress } from './team-view';
import type { TypicalTimes } from './typical-times';

/** Deals read per transaction between two yields. */
const DEALS_PER_SLICE = 50;

/**
 * The open deals the filters select: account (already applied to `deals`), pipeline and owner. A
 * deal in a stage another deal of its account closed in is closed too (outcomesInAccounts).
 */
export function dealsInScope(deals: readonly Deal[], filters: Pick<TeamFilters, 'pipeline' | 'owner'>): Deal[] {
  const outcomeOf = outcomesInAccounts(deals);
  return deals.filter(
    (d) =>
      outcomeOf(d) === undefined &&
      (filters.pipeline === undefined || (d.pipeline ?? '') === filters.pipeline) &&
      (filters.owner === undefined || d.owner === filters.owner),
  );
}

/**
 * Deal rows computed and drawn before the page counts as shown (decisions.md: "the first screen of
 * rows"): a laptop screen's table holds about 25 rows under the reps, so more would be work for
 * rows nobody sees yet. The others follow (components/team/DealsSection.tsx).
 */
export const FIRST_SCREEN_DEALS = 25;

export interface DealInput {
  db: TouchlineDb;
  open: readonly Deal[];
  /** Typical time in stage over every stored deal of the account and pipeline, open or closed. */
  typical: TypicalTimes;
  /** Each pipeline's stage order over every stored deal, for the Stage column's sort. */
  stageOrders: StageOrders;
  contacts: ReadonlyMap<string, Contact>;
  settings: Settings;
  period: Window;
  now: Date;
  invalid: InvalidRow[];
  progress: Progress;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone: string;
  /** Retention on read (keptRows). */
  keep: KeepRows;
}

/**
 * The order of the open deals' rows, stalled and watch first: it depends on the stage alone (time
 * in stage against the typical time), so it is known before any activity is read. Only each
 * deal's stage figures are worked out, sorted the way complete rows are.
 */
export async function dealOrder(input: Pick<DealInput, 'open' | 'typical' | 'settings' | 'now'>): Promise<Deal[]> {
  const stageRows: { deal: Deal; row: WarningOrderRow }[] = [];
  await inSlices(input.open, DEALS_PER_SLICE * 4, (slice) => {
    for (const deal of slice) {
      const figures = stageFigures(deal, input.typical, input.settings, input.now);
      const median = figures.typical?.median;
      const row = {
        warning: figures.warning,
        daysInStage: figures.days,
        typicalDays: figures.typical?.days ?? null,
        ...(median !== undefined ? { typicalMedian: median } : {}),
      };
      stageRows.push({ deal, row });
    }
  });
  return stageRows.sort((a, b) => byWarning(a.row, b.row)).map(({ deal }) => deal);
}

/**
 * The activities of a slice of deals (at most `DEALS_PER_SLICE`), asked for now and awaited later,
 * so the database reads while the page computes something else.
 */
export function readDealSlice(input: DealInput, deals: readonly Deal[]): Promise<Map<string, Activity[]>> {
  const slice = readDealActivities(input.db, deals.slice(0, DEALS_PER_SLICE), input.invalid);
  // Awaited later; a failure before then must not go unobserved.
  slice.catch(() => undefined);
  return slice;
}

export interface DealRows {
  rows: DealRow[];
  activities: Activity[];
  /** Each deal's touches, copies merged within the deal: a touch on two deals' contacts is listed by both. */
  touches: Touch[];
}

/**
 * Rows of the given open deals (already in display order), their activities read through the deal
 * and contact indexes a slice of deals per transaction, the next slice asked for while this one is
 * computed (asking for every slice at once is thousands of requests made in one task), with the
 * main thread given back in between. Beside the rows, the activities read and each deal's touches
 * (copies merged): what the section's basis counts (teamBasis).
 */
export async function dealRows(
  input: DealInput,
  deals: readonly Deal[],
  done = 0,
  /** The first slice's read, when it was asked for earlier (readDealSlice). */
  firstRead?: Promise<Map<string, Activity[]>>,
): Promise<DealRows> {
  const rows: DealRow[] = [];
  const activities: Activity[] = [];
  const touches: Touch[] = [];
  const read = (i: number) => (i >= deals.length ? undefined : readDealSlice(input, deals.slice(i)));
  let next = firstRead ?? read(0);
  for (let i = 0; i < deals.length; i += DEALS_PER_SLICE) {
    input.progress(`Reading deals (${done + i} of ${input.open.length})`);
    const byDeal = (await next) ?? new Map<string, Activity[]>();
    next = read(i + DEALS_PER_SLICE);
    for (const deal of deals.slice(i, i + DEALS_PER_SLICE)) {
      const own = await input.keep(byDeal.get(deal.key) ?? []);
      append(activities, own);
      const figures = dealRowAndTouches({ ...input, deal, activities: own });
      rows.push(figures.row);
      append(touches, figures.touches);
    }
    await yieldToPage();
  }
  return { rows, activities, touches };
}
