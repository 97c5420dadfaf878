import type { Account } from './accounts';
import type { Basis } from './basis';
import type { DealRow } from './deal-row';
import type { TeamFilters } from './filters';
import type { FollowUp } from './follow-ups';
import type { Funnel } from './funnel';
import type { OwnerLists } from './owner-lists';
import type { TeamPeriods } from './periods';
import type { RepRow } from './rep-row';
import type { TouchesPerRep } from './touches-per-rep';
import type { Movement } from './why-it-moved';

export interface WeeklyRep {
  rep: string;
  weeks: { weekStart: string; touches: number }[];
}

/** Everything the team page shows for one set of filters. */
export interface TeamView {
  filters: TeamFilters;
  periods: TeamPeriods;
  /**
   * The filters' choices, from the cache: the owners and pipelines those of the chosen account's
   * rows (of every account's when none is chosen); `ownerLists` every account's owners, which
   * choosing another account checks the chosen owner against (filters.ts withAccount).
   */
  choices: { accounts: Account[]; owners: string[]; pipelines: string[]; ownerLists: OwnerLists };
  /** The chosen motion's band of touches per active contact (settings), which every row is compared with. */
  band: { low: number; high: number };
  /** Every rep shown together; null when no rep has a touch in the read window. */
  team: RepRow | null;
  reps: RepRow[];
  /** The team row's touches per rep with a touch (metrics.md, activity per rep). */
  perRep: TouchesPerRep | null;
  movement: Movement;
  /** Open deals' rows, stalled and watch first; while `dealsPending` > 0 only the first screen of them. */
  deals: DealRow[];
  /** Open deals whose row is still being computed after the first screen (0 once every row is in). */
  dealsPending: number;
  /** Open deals in the filters' scope, and every deal (any state) their typical times came from. */
  dealCounts: { open: number; all: number };
  followUps: FollowUp[];
  weekly: WeeklyRep[];
  funnel: Funnel | null;
  /** Activities the rep figures come from (the read window), and those the deal rows (so far) come from. */
  basis: Basis;
  dealBasis: Basis;
  /** Stored rows that no longer parse: left out, counted so the page can say so. */
  invalidRows: number;
  /** Touches logged in Touchline in the period with no owner (no name set for their CRM): on no row. */
  unownedLogged: number;
  /** Touches of the period a page credited to "You" with no name set for its CRM: on no row either. */
  unnamedYou: number;
  /** Where what Touchline holds starts, when the weeks read reach further back (kept-from.ts). */
  keptFrom?: { from: string; raised: boolean };
}

export type Progress = (step: string) => void;
