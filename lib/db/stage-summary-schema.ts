import * as z from 'zod/mini';
import { crmSchema, nonEmptyString } from '../schema/activity';

const count = z.int().check(z.nonnegative());

/**
 * One stage of one pipeline of one CRM account, summed over the stored deals that went through
 * it: what typical time in stage and stage conversion need, so a deal view reads a few rows
 * instead of every deal. Each deal adds one contribution per stage of its history
 * (stage-summary-contribution.ts); the sums are integers, so taking a deal's old contribution away and
 * adding its new one is exact.
 */
export const stageSummarySchema = z.object({
  /** `JSON.stringify([crm, tenant, pipeline or null, stage])`. */
  key: nonEmptyString,
  /** `JSON.stringify([crm, tenant, pipeline or null])`: the index a deal view reads. */
  pipelineKey: nonEmptyString,
  crm: crmSchema,
  tenant: nonEmptyString,
  /** Absent for deals whose pipeline is unknown (they compare only with each other). */
  pipeline: z.optional(z.string()),
  stage: nonEmptyString,
  /** The zone `days` are counted in; a view in another zone rebuilds the pipeline's rows. */
  timeZone: nonEmptyString,
  /** Deals that entered the stage. */
  entered: count,
  /** Of those, deals won, or that reached a won stage after entering this one. */
  won: count,
  /**
   * The others, by the open stages they reached after first entering this one (a JSON array,
   * sorted): whether that is "forward" depends on the stage order the viewed deal shows.
   */
  later: z.record(z.string(), count),
  /**
   * Every deal that entered, won or not, by each open stage it reached after first entering this
   * one → deals: which way most deals moved between two stages, the stage order when no page
   * shows the pipeline's path (comparableStageOrder).
   */
  reached: z.record(z.string(), count),
  /** Whole days of each deal's latest completed visit that may be a typical-time sample → deals. */
  days: z.record(z.string(), count),
  /**
   * Of the deals that entered, those whose stage history may begin after the deal did (an export
   * dating only the current stage: historyMayBeginLate) and begins in this stage. Each may have gone
   * through any stage placed before this one unseen, so those stages' share is not known (database
   * version 11).
   */
  beganLate: count,
  /**
   * Of the deals that entered, those that closed in this stage by the page's marker (closedStages),
   * won or lost: whatever its name, the stage is then an outcome, not a row, for every comparable
   * deal, as the team funnel reads it (database version 11).
   */
  closedWon: count,
  closedLost: count,
});
export type StageSummary = z.infer<typeof stageSummarySchema>;

type PipelineRef = Pick<StageSummary, 'crm' | 'tenant' | 'pipeline'>;

export function pipelineKeyOf(ref: PipelineRef): string {
  return JSON.stringify([ref.crm, ref.tenant, ref.pipeline ?? null]);
}

export function stageSummaryKey(ref: PipelineRef, stage: string): string {
  return JSON.stringify([ref.crm, ref.tenant, ref.pipeline ?? null, stage]);
}
