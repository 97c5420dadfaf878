import { ADAPTERS } from '../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../lib/adapters/record-page';
import type { DemoCrm } from '../demo-crm/demo-crm';
import { demo as hubspot } from '../demo-crm/hubspot/index';
import { demo as pipedrive } from '../demo-crm/pipedrive/index';
import { demo as salesforce } from '../demo-crm/salesforce/index';
import type { DemoWorld } from '../demo-crm/world';
import { stripPage } from '../robustness/page-transforms';

const DEMOS: readonly DemoCrm[] = [hubspot, salesforce, pipedrive];

/**
 * Runs in a blank Chromium page (bundled by bundle.ts): renders one demo CRM record page into the
 * document, as the demo's single-page app does, and times Touchline's reading of it with the code
 * the content script runs (`readRecordPage`: the adapter's read, validation, automatic replies).
 */
const client = {
  /** Renders the record at `url` of `world`; with `stripped`, every class, id and data attribute removed. */
  render(world: DemoWorld, url: string, stripped: boolean): number {
    const target = new URL(url);
    const demo = DEMOS.find((d) => d.host === target.hostname);
    if (!demo) throw new Error(`no demo CRM at ${target.hostname}`);
    document.head.replaceChildren();
    document.body.replaceChildren();
    demo.render(document, target, world, 'ready');
    if (stripped) stripPage(document);
    return document.getElementsByTagName('*').length;
  },

  /** One read of the rendered page, then `times` more timed with performance.now(); what the last one read. */
  read(url: string, now: string, times: number): { ms: number[]; status: string; activities: number } {
    const target = new URL(url);
    const page = recordPageOf(target, ADAPTERS);
    if (!page) throw new Error(`${url} is not a record page`);
    const clock = { now: new Date(now), timeZone: 'UTC' };
    const ms: number[] = [];
    let result = readRecordPage(page, document, target, clock);
    for (let i = 0; i < times; i++) {
      const started = performance.now();
      result = readRecordPage(page, document, target, clock);
      ms.push(performance.now() - started);
    }
    return { ms, status: result.status, activities: result.status === 'read' ? result.activities.length : 0 };
  },
};

export type ReadClient = typeof client;
(globalThis as { touchlineBench?: ReadClient }).touchlineBench = client;
