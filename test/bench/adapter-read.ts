import type { CDPSession, Page } from 'playwright-core';
import type { DemoServer } from '../browser/demo-server';
import { launchBrowser } from '../browser/harness';
import type { DemoCrm } from '../demo-crm/demo-crm';
import { demo as hubspot } from '../demo-crm/hubspot/index';
import { demo as pipedrive } from '../demo-crm/pipedrive/index';
import { demo as salesforce } from '../demo-crm/salesforce/index';
import { bundleClient } from './bundle';
import { enableCpuTimeMetrics, performanceMetrics } from './cdp';
import { longTimeline } from './long-timeline';
import type { ReadClient } from './read-client';
import { type Figure, ms } from './report';
import { extraNote, runRounds } from './rounds';
import { median, ratios, spread } from './stats';

export const ADAPTER_READ_TARGET = 12;
const SMALL = 50;
const LARGE = 500;
const ROUNDS = 5;
const WARM_UP = 1;
const EXTRA_ROUNDS = 3;
/** Reads per page and round; the round keeps their median. */
const READS = 3;
const DEMOS: readonly DemoCrm[] = [hubspot, salesforce, pipedrive];

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

interface Arm {
  label: string;
  page: Page;
  cdp: CDPSession;
  url: string;
  now: string;
  nodes: number;
  activities: number;
  times: number[];
}

/**
 * adapter_read_scaling = max over CRMs of median(R_500) / median(R_50), where R is one
 * `readRecordPage` call (what the content script runs: the adapter's read, the result's
 * validation, automatic replies marked) on the demo CRM's contact page whose timeline holds 500
 * or 50 items (long-timeline.ts: the busiest demo contact's touches repeated with distinct ids
 * and dates), rendered into a blank page of real Chromium and read there. R is the renderer main
 * thread's CPU time for the read (CDP Performance.getMetrics, timeDomain threadTicks: the
 * DevToolsCommandDuration of the Runtime.evaluate that runs exactly one read), not wall time: on
 * a shared machine a read that waits for a core would count the wait. Linear reading gives 10;
 * the target 12 leaves room for noise. Per round each
 * page is read three times (median kept), the pages in alternating order; one warm-up round;
 * spread = range of per-round ratios. A/A = a second 50-item page ÷ the first. Also reported:
 * ms per 100 items at 500, and the same pages with every class, id and data attribute removed
 * (the path a redesign leaves), which is informative, not part of the figure.
 */
export async function adapterReadScaling(server: DemoServer): Promise<Figure> {
  const browser = await launchBrowser({ server, extension: false, fixedClock: false });
  const script = await bundleClient('read-client.ts');
  const rows: { crm: string; figure: ReturnType<typeof summary>; stripped: ReturnType<typeof summary> }[] = [];
  try {
    const page = async () => {
      const tab = await browser.context.newPage();
      await tab.setContent('<!doctype html><html><head></head><body></body></html>');
      await tab.evaluate(script);
      return tab;
    };
    const timelines = { [SMALL]: longTimeline(SMALL), [LARGE]: longTimeline(LARGE) };
    for (const demo of DEMOS) {
      const figure: Arm[] = [];
      const stripped: Arm[] = [];
      for (const [label, size, strip, into] of [
        ['500', LARGE, false, figure],
        ['50', SMALL, false, figure],
        ['50 (A/A)', SMALL, false, figure],
        ['500', LARGE, true, stripped],
        ['50', SMALL, true, stripped],
        ['50 (A/A)', SMALL, true, stripped],
      ] as const) {
        const { world, contactId } = timelines[size];
        const contact = world.contacts.find((c) => c.id === contactId);
        if (!contact) throw new Error('the long timeline lost its contact');
        const url = `https://${demo.host}${demo.contactPath(world, contact)}`;
        const tab = await page();
        const cdp = await browser.context.newCDPSession(tab);
        await enableCpuTimeMetrics(cdp);
        const nodes = await tab.evaluate(
          ([w, u, s]) =>
            (globalThis as unknown as { touchlineBench: ReadClient }).touchlineBench.render(JSON.parse(w), u, s),
          [JSON.stringify(world), url, strip] as const,
        );
        into.push({ label, page: tab, cdp, url, now: world.now, nodes, activities: 0, times: [] });
      }
      const extra = { figure: 0, stripped: 0 };
      for (const [name, arms] of [
        ['figure', figure],
        ['stripped', stripped],
      ] as const) {
        const [large, small] = arms as [Arm, Arm, Arm];
        extra[name] = await runRounds({
          warmUp: WARM_UP,
          rounds: ROUNDS,
          extra: EXTRA_ROUNDS,
          target: ADAPTER_READ_TARGET,
          round: async (index, warm) => {
            for (const arm of index % 2 ? [...arms].reverse() : arms) {
              const read = await readPage(arm);
              arm.activities = read.activities;
              if (!warm) arm.times.push(median(read.ms));
            }
          },
          ratio: () => ({
            value: median(large.times) / median(small.times),
            perRound: ratios(large.times, small.times),
          }),
        });
      }
      rows.push({ crm: demo.crm, figure: summary(figure, extra.figure), stripped: summary(stripped, extra.stripped) });
      for (const arm of [...figure, ...stripped]) {
        await arm.cdp.detach().catch(() => undefined);
        await arm.page.close();
      }
    }
  } finally {
    await browser.close();
  }
  const worst = rows.reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
  return {
    name: 'adapter_read_scaling',
    value: worst.figure.value,
    target: ADAPTER_READ_TARGET,
    digits: 2,
    detail: `largest of ${rows.map((r) => `${r.crm} ${r.figure.value.toFixed(2)}`).join(', ')}`,
    notes: rows.flatMap((r) => [`${r.crm}: ${r.figure.line}`, `${r.crm} stripped: ${r.stripped.line}`]),
  };
}

/** READS single reads of the arm's page: main-thread CPU milliseconds each, and how many activities were read. */
async function readPage(arm: Arm): Promise<{ ms: number[]; activities: number }> {
  const ms: number[] = [];
  let activities = 0;
  for (let i = 0; i < READS; i++) {
    const before = await performanceMetrics(arm.cdp);
    const read: Result<ReadClient['read']> = await arm.page.evaluate(
      ([u, n]) => (globalThis as unknown as { touchlineBench: ReadClient }).touchlineBench.read(u, n, 0),
      [arm.url, arm.now] as const,
    );
    const after = await performanceMetrics(arm.cdp);
    if (read.status !== 'read') throw new Error(`${arm.url} read as ${read.status}`);
    ms.push(((after.DevToolsCommandDuration ?? Number.NaN) - (before.DevToolsCommandDuration ?? Number.NaN)) * 1000);
    activities = read.activities;
  }
  return { ms, activities };
}

function summary(arms: Arm[], extra: number) {
  const [large, small, aa] = arms as [Arm, Arm, Arm];
  const value = median(large.times) / median(small.times);
  const perHundred = (median(large.times) / large.activities) * 100;
  const line = [
    `${value.toFixed(2)} spread ${spread(ratios(large.times, small.times), 2)}${extraNote(extra)}`,
    `A/A ${(median(aa.times) / median(small.times)).toFixed(2)} spread ${spread(ratios(aa.times, small.times), 2)}`,
    `500: ${ms(median(large.times))} CPU (${large.activities} activities, ${large.nodes} nodes, ${perHundred.toFixed(2)} ms per 100 items)`,
    `50: ${ms(median(small.times))} CPU (${small.activities} activities, ${small.nodes} nodes)`,
  ].join('; ');
  return { value, line };
}
