import type { IDBPTransaction } from 'idb';
import { type Deal, dealSchema } from '../schema/record';
import { type InvalidRow, parseRows } from './rows';
import type { StoreName, TouchlineSchema } from './schema';
import { contributionsOf } from './stage-summary-contribution';
import { pipelineKeyOf, type StageSummary, stageSummarySchema } from './stage-summary-schema';
import {
  addContribution,
  buildStageSummaries,
  isEmptySummary,
  type PipelineRef,
  type SummaryRows,
} from './stage-summary-tally';
import { browserTimeZone } from './time-precision';
import { eachRequest } from './transaction';

/** A transaction holding at least the deals and stageSummaries stores. */
export type SummaryTx = IDBPTransaction<TouchlineSchema, StoreName[], 'readwrite'>;
type UpgradeTx = IDBPTransaction<TouchlineSchema, StoreName[], 'versionchange'>;

/**
 * Moves the summaries from what `before` contributed to what `after` contributes (either may be
 * absent: a new deal, an erased one), once the deals store already holds `after`. A pipeline's
 * days are counted in the zone its rows already use, else the browser's (the default setting).
 * Rows that do not add up (written around putDeal, or damaged) are rebuilt from the pipeline's
 * stored deals instead.
 */
export async function replaceInSummaries(tx: SummaryTx, before: Deal | undefined, after: Deal | undefined) {
  const pipelines = new Map<string, PipelineRef>();
  for (const deal of [before, after]) if (deal) pipelines.set(pipelineKeyOf(deal), deal);
  for (const ref of pipelines.values()) {
    const { rows, sound } = await pipelineRows(tx, ref);
    const timeZone = [...rows.values()][0]?.timeZone ?? browserTimeZone();
    const changed: SummaryRows = new Map(rows);
    const moved =
      sound &&
      [before, after].every((deal, i) => {
        if (!deal || pipelineKeyOf(deal) !== pipelineKeyOf(ref)) return true;
        return contributionsOf(deal, timeZone).every((c) => addContribution(changed, ref, timeZone, c, i ? 1 : -1));
      });
    if (moved) await writeRows(tx, rows, changed);
    else await rebuildPipeline(tx, ref, timeZone);
  }
}

/** The pipeline's summaries, from one index read. */
export async function readPipelineSummaries(
  tx: IDBPTransaction<TouchlineSchema, StoreName[], IDBTransactionMode>,
  ref: PipelineRef,
  invalid: InvalidRow[],
): Promise<StageSummary[]> {
  const rows = await tx.objectStore('stageSummaries').index('byPipeline').getAll(pipelineKeyOf(ref));
  return parseRows(stageSummarySchema, 'stageSummaries', rows, invalid);
}

/** Replaces the pipeline's summaries with the ones its stored deals add up to, days in `timeZone`. */
export async function rebuildPipeline(tx: SummaryTx, ref: PipelineRef, timeZone: string): Promise<StageSummary[]> {
  const stored = await tx.objectStore('deals').index('byTenant').getAll([ref.crm, ref.tenant]);
  const key = pipelineKeyOf(ref);
  const deals = parseRows(dealSchema, 'deals', stored, []).filter((deal) => pipelineKeyOf(deal) === key);
  const summaries = buildStageSummaries(deals, timeZone);
  const store = tx.objectStore('stageSummaries');
  const old = await store.index('byPipeline').getAllKeys(key);
  await eachRequest(old, (row) => store.delete(row));
  await eachRequest(summaries, (row) => store.put(row));
  return summaries;
}

/** Every summary, built from every valid stored deal (database version 4). */
export async function rebuildAllSummaries(tx: UpgradeTx, timeZone: string): Promise<void> {
  const deals = parseRows(dealSchema, 'deals', await tx.objectStore('deals').getAll(), []);
  const store = tx.objectStore('stageSummaries');
  await store.clear();
  await eachRequest(buildStageSummaries(deals, timeZone), (row) => store.put(row));
}

/** Sound when every row parses and all share one zone. */
async function pipelineRows(tx: SummaryTx, ref: PipelineRef): Promise<{ rows: SummaryRows; sound: boolean }> {
  const stored = await tx.objectStore('stageSummaries').index('byPipeline').getAll(pipelineKeyOf(ref));
  const parsed = parseRows(stageSummarySchema, 'stageSummaries', stored, []);
  const sound = parsed.length === stored.length && new Set(parsed.map((row) => row.timeZone)).size <= 1;
  return { rows: new Map(parsed.map((row) => [row.key, row])), sound };
}

async function writeRows(tx: SummaryTx, before: SummaryRows, after: SummaryRows): Promise<void> {
  const store = tx.objectStore('stageSummaries');
  const changed = [...after.values()].filter((row) => row !== before.get(row.key));
  await eachRequest(changed, async (row) => {
    if (isEmptySummary(row)) await store.delete(row.key);
    else await store.put(row);
  });
}
