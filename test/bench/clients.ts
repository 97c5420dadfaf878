import type { CDPSession, Worker } from 'playwright-core';
import type { ReadOk } from '../../lib/schema/read-result';
import type { Deal } from '../../lib/schema/record';
import { bundleClient } from './bundle';
import { evaluateIn, isolatedWorld } from './cdp';
import type { ContentClient } from './content-client';
import { builtManifest } from './extension';
import type { StoredRows } from './stored-rows';
import type { WorkerClient } from './worker-client';

const SEED_CHUNK = 5000;

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

/** worker-client.ts, installed in the extension's service worker. */
export async function inServiceWorker(worker: Worker) {
  await worker.evaluate(await bundleClient('worker-client.ts'));
  const call = <T>(expression: string) => worker.evaluate(`globalThis.touchlineBench.${expression}`) as Promise<T>;
  const putRows = (name: string, rows: Partial<StoredRows>) =>
    call<Result<WorkerClient['putRows']>>(`putRows(${JSON.stringify(name)}, ${literal(rows)})`);
  return {
    /** Rows into the extension's database `name` (which must exist), one transaction per chunk. */
    async seed(name: string, rows: StoredRows): Promise<void> {
      await putRows(name, { contacts: rows.contacts, deals: rows.deals });
      for (let i = 0; i < rows.activities.length; i += SEED_CHUNK) {
        await putRows(name, { activities: rows.activities.slice(i, i + SEED_CHUNK) });
      }
    },
    /** Deals through the extension's own deal writer, one transaction per chunk. */
    async seedDeals(name: string, deals: Deal[]): Promise<void> {
      for (let i = 0; i < deals.length; i += SEED_CHUNK) {
        await call<Result<WorkerClient['putDeals']>>(
          `putDeals(${JSON.stringify(name)}, ${literal(deals.slice(i, i + SEED_CHUNK))})`,
        );
      }
    },
    countDeals: (name: string) => call<Result<WorkerClient['countDeals']>>(`countDeals(${JSON.stringify(name)})`),
    countActivities: (name: string) =>
      call<Result<WorkerClient['countActivities']>>(`countActivities(${JSON.stringify(name)})`),
    stage: (rows: Partial<StoredRows>) => call<Result<WorkerClient['stage']>>(`stage(${literal(rows)})`),
    bulkPut: (name: string) => call<Result<WorkerClient['bulkPut']>>(`bulkPut(${JSON.stringify(name)})`),
  };
}

/** content-client.ts, installed in the content script's isolated world of the page behind `cdp`. */
export async function inContentScript(cdp: CDPSession) {
  const world = await isolatedWorld(cdp, builtManifest().name);
  await evaluateIn(cdp, world, await bundleClient('content-client.ts'));
  const call = <T>(expression: string) => evaluateIn<T>(cdp, world, `globalThis.touchlineBench.${expression}`);
  return {
    stage: (readings: ReadOk[]) => call<Result<ContentClient['stage']>>(`stage(${literal(readings)})`),
    saveStaged: () => call<Result<ContentClient['saveStaged']>>('saveStaged()'),
    viewTimes: (recordKey: string, times: number) =>
      call<Result<ContentClient['viewTimes']>>(`viewTimes(${JSON.stringify(recordKey)}, ${times})`),
  };
}

/**
 * Arguments travel as JSON text parsed in the browser: an order of magnitude quicker than
 * Playwright's argument serialisation for tens of thousands of rows.
 */
function literal(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}
