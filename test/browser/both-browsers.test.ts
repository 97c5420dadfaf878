import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTour, type TourStop, tourStop } from '../demo-crm/tour';
import { FIXED_NOW } from '../demo-crm/world';
import { fixtureFiles } from '../fixtures/fixture-files';
import { type DemoServer, startDemoServer } from './demo-server';
import { launchChromium } from './drivers/chromium';
import type { BrowserName, DrivenBrowser, TestTab } from './drivers/driver';
import { launchFirefox } from './drivers/firefox';
import {
  clickInPanel,
  countInPanel,
  isWhole,
  openRecord,
  panelAxeBlocking,
  panelMetrics,
  panelShown,
  until,
} from './drivers/panel-probes';
import { expectedContactValues } from './expected-values';

/**
 * The same behaviours in Chromium and in Firefox, through one harness over two drivers, both at
 * contracts.md's fixed clock under libfaketime (Firefox behind a small shim,
 * drivers/firefox-clock-shim.c).
 */
/** Per CRM, the saved demo contact with the most activities, and its expected reading. */
const busiestContacts = new Map(
  fixtureFiles()
    .filter((f) => /^demo-(contact|person)-(busiest|longest)$/.test(f.name))
    .map((f) => [f.crm, { url: f.url, expected: JSON.parse(readFileSync(f.expectedPath, 'utf8')) }]),
);

async function start(name: BrowserName): Promise<{ server: DemoServer; browser: DrivenBrowser }> {
  const server = await startDemoServer({ now: FIXED_NOW });
  try {
    const browser =
      name === 'chromium' ? await launchChromium(server, FIXED_NOW) : await launchFirefox(server, FIXED_NOW);
    return { server, browser };
  } catch (error) {
    await server.close();
    throw error;
  }
}

describe.each<BrowserName>(['chromium', 'firefox'])('in %s', (name) => {
  let server: DemoServer;
  let browser: DrivenBrowser;
  let tour: TourStop[];
  const tabs: TestTab[] = [];

  beforeAll(async () => {
    ({ server, browser } = await start(name));
    tour = demoTour(server.world);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const stop = (stopName: string) => tourStop(tour, stopName).url;
  const newTab = async () => {
    const tab = await browser.newTab();
    tabs.push(tab);
    return tab;
  };

  describe.each(['hubspot', 'salesforce', 'pipedrive'])('%s demo at its real host name over HTTPS', (crm) => {
    it('shows the contact panel with the touches read from the page', async () => {
      const tab = await newTab();
      const shown = await openRecord(tab, stop(`${crm}-contact`));
      expect(shown.record).toMatch(new RegExp(`^${crm}:.+:contact:`));
      const metrics = await panelMetrics(tab);
      expect(Number(metrics['activities-read'])).toBeGreaterThan(0);
      expect(Number(metrics['touches-total'])).toBeGreaterThan(0);
      await tab.close();
    });

    it('shows the numbers its saved contact page implies at the fixed clock (metrics.md, worked out in the test), with no serious accessibility violation', async () => {
      const fixture = busiestContacts.get(crm);
      if (!fixture) throw new Error(`no saved demo contact for ${crm}`);
      const tab = await newTab();
      await openRecord(tab, fixture.url);
      const expected = expectedContactValues(fixture.expected.activities, new Date(FIXED_NOW));
      const metrics = await panelMetrics(tab);
      expect(Object.fromEntries(Object.keys(expected).map((k) => [k, metrics[k]]))).toEqual(expected);
      expect(await panelAxeBlocking(tab)).toEqual([]);
      await tab.close();
    });

    it('shows the deal panel with its stage, with no serious accessibility violation (axe-core)', async () => {
      const tab = await newTab();
      const shown = await openRecord(tab, stop(`${crm}-deal`));
      expect(shown.record).toMatch(new RegExp(`^${crm}:.+:deal:`));
      const metrics = await panelMetrics(tab);
      expect(metrics.stage).not.toBe('');
      expect(['none', 'watch', 'stalled']).toContain(metrics['stage-warning']);
      expect(await panelAxeBlocking(tab)).toEqual([]);
      await tab.close();
    });
  });

  it('counts a one-click call at once and still after a reload', async () => {
    const tab = await newTab();
    await openRecord(tab, stop('pipedrive-contact'));
    const before = await panelMetrics(tab);
    expect(await clickInPanel(tab, '[data-action="log-call"]')).toBe(true);
    const calls = () => panelMetrics(tab).then((m) => Number(m['touches-call']));
    await until(calls, (n) => n === Number(before['touches-call']) + 1);
    expect(Number((await panelMetrics(tab))['touches-total'])).toBe(Number(before['touches-total']) + 1);
    await tab.reload();
    await until(() => panelShown(tab), isWhole);
    expect(await until(calls, (n) => n === Number(before['touches-call']) + 1)).toBe(
      Number(before['touches-call']) + 1,
    );
    await tab.close();
  });

  it("follows a client-side route change to the next record without reloading the CRM's page", async () => {
    const tab = await newTab();
    const first = await openRecord(tab, stop('hubspot-contact'));
    expect(first.record).toMatch(/:contact:/);
    const followed = await tab.run<boolean>(`(() => {
      window.__touchlineNoReload = true;
      const link = [...document.querySelectorAll('a[href*="/record/0-3/"]')].find((a) => a.offsetParent !== null);
      link?.click();
      return Boolean(link);
    })()`);
    expect(followed).toBe(true);
    const next = await until(
      () => panelShown(tab),
      (shown) => isWhole(shown) && /:deal:/.test(shown.record ?? ''),
    );
    expect(next.record).toMatch(/:deal:/);
    expect(await tab.run<boolean>('window.__touchlineNoReload === true')).toBe(true);
    await tab.close();
  });

  it('draws the trend chart only once the trend is opened', async () => {
    const tab = await newTab();
    await openRecord(tab, stop('pipedrive-contact'));
    expect(await countInPanel(tab, 'canvas')).toBe(0);
    expect(await clickInPanel(tab, 'button[aria-expanded="false"]', 'Trend')).toBe(true);
    await until(
      () => countInPanel(tab, '.tl-trend:not([aria-busy]) canvas'),
      (n) => n > 0,
    );
    expect(await countInPanel(tab, '.tl-trend .tl-hint')).toBe(0);
    await tab.close();
  });
});
