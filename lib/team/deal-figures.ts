import type { InvalidRow } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { dealOutcome } from '../metrics/closed-stage';
import type { Activity } from '../schema/activity';
import type { Contact, Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import { yieldToPage } from '../yield-to-page';
import { byWarning, type DealRow, dealRow } from './deal-row';
import type { TeamFilters } from './filters';
import type { Window } from './periods';
import { readDealActivities } from './read-rows';
import { append, inSlices } from './slices';
import type { Progress } from './team-view';
import type { TypicalTimes } from './typical-times';

/** Deals read per transaction between two yields. */
const DEALS_PER_SLICE = 50;

/** The open deals the filters select: account (already applied to `deals`), pipeline and owner. */
export function dealsInScope(deals: readonly Deal[], filters: Pick<TeamFilters, 'pipeline' | 'owner'>): Deal[] {
  return deals.filter(
    (d) =>
      dealOutcome(d) === undefined &&
      (filters.pipeline === undefined || (d.pipeline ?? '') === filters.pipeline) &&
      (filters.owner === undefined || d.owner === filters.owner),
  );
}

/** Deal rows the page shows before "show all" (components/team/DealsSection.tsx): the first screen. */
export const FIRST_SCREEN_DEALS = 100;

export interface DealInput {
  db: TouchlineDb;
  open: readonly Deal[];
  /** Typical time in stage over every stored deal of the account and pipeline, open or closed. */
  typical: TypicalTimes;
  contacts: ReadonlyMap<string, Contact>;
  settings: Settings;
  period: Window;
  now: Date;
  invalid: InvalidRow[];
  progress: Progress;
}

/**
 * The order of the open deals' rows, stalled and watch first: it depends on the stage alone (time
 * in stage against the typical time), so it is known before any activity is read. Each deal's row
 * without its touches, sorted the way complete rows are.
 */
export async function dealOrder(input: Omit<DealInput, 'db' | 'invalid' | 'progress'>): Promise<Deal[]> {
  const stageRows: { deal: Deal; row: DealRow }[] = [];
  await inSlices(input.open, DEALS_PER_SLICE * 4, (slice) => {
    for (const deal of slice) stageRows.push({ deal, row: dealRow({ ...input, deal, activities: [] }) });
  });
  return stageRows.sort((a, b) => byWarning(a.row, b.row)).map(({ deal }) => deal);
}

/**
 * Starts reading the given deals' activities and those of their contacts, through the deal and
 * contact indexes: one transaction per slice of deals, all issued at once, so the database reads
 * while the page computes.
 */
export function readDealSlices(
  input: Pick<DealInput, 'db' | 'invalid'>,
  deals: readonly Deal[],
): Promise<Map<string, Activity[]>>[] {
  const reads: Promise<Map<string, Activity[]>>[] = [];
  for (let i = 0; i < deals.length; i += DEALS_PER_SLICE) {
    const read = readDealActivities(input.db, deals.slice(i, i + DEALS_PER_SLICE), input.invalid);
    // Awaited in order by dealRows; a failure must not go unobserved while an earlier slice is awaited.
    read.catch(() => undefined);
    reads.push(read);
  }
  return reads;
}

/**
 * Rows of the given open deals (already in display order) from their slices' reads, a slice of
 * deals at a time with the main thread given back in between.
 */
export async function dealRows(
  input: DealInput,
  deals: readonly Deal[],
  reads = readDealSlices(input, deals),
  done = 0,
): Promise<{ rows: DealRow[]; activities: Activity[] }> {
  const rows: DealRow[] = [];
  const activities: Activity[] = [];
  for (const [n, read] of reads.entries()) {
    const i = n * DEALS_PER_SLICE;
    input.progress(`Reading deals (${done + i} of ${input.open.length})`);
    const byDeal = await read;
    for (const deal of deals.slice(i, i + DEALS_PER_SLICE)) {
      const own = byDeal.get(deal.key) ?? [];
      append(activities, own);
      rows.push(dealRow({ ...input, deal, activities: own }));
    }
    await yieldToPage();
  }
  return { rows, activities };
}
