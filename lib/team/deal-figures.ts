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
import { append } from './slices';
import type { Progress } from './team-view';
import { typicalTimes } from './typical-times';

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

/**
 * Each open deal's row, its activities read through the deal and contact indexes a slice of deals
 * at a time; stalled and watch deals first.
 */
export async function dealFigures(input: {
  db: TouchlineDb;
  open: readonly Deal[];
  all: readonly Deal[];
  contacts: ReadonlyMap<string, Contact>;
  settings: Settings;
  period: Window;
  now: Date;
  invalid: InvalidRow[];
  progress: Progress;
}): Promise<{ rows: DealRow[]; activities: Activity[] }> {
  const typical = typicalTimes(input.all, input.settings);
  const rows: DealRow[] = [];
  const activities: Activity[] = [];
  for (let i = 0; i < input.open.length; i += DEALS_PER_SLICE) {
    input.progress(`Reading deals (${i} of ${input.open.length})`);
    const slice = input.open.slice(i, i + DEALS_PER_SLICE);
    const byDeal = await readDealActivities(input.db, slice, input.invalid);
    for (const deal of slice) {
      const own = byDeal.get(deal.key) ?? [];
      append(activities, own);
      rows.push(dealRow({ ...input, deal, activities: own, typical }));
    }
    await yieldToPage();
  }
  return { rows: rows.sort(byWarning), activities };
}
