import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type TourStop, tourStop } from '../demo-crm/tour';
import { FIXED_NOW } from '../demo-crm/world';
import { demoBrowser } from './demo-browser';
import { launchBrowser, PANEL, readMetrics, waitForPanel } from './harness';

const demo = demoBrowser();

async function openRecord(url: string): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto(url);
  await waitForPanel(page);
  return page;
}

const stop = (name: string): TourStop => tourStop(demo.tour, name);

describe.each(['hubspot', 'salesforce', 'pipedrive'])('%s demo at its real host name', (crm) => {
  it("shows the panel on a contact page with the contact's touches", async () => {
    const page = await openRecord(stop(`${crm}-contact`).url);
    const metrics = await readMetrics(page);
    expect(Number(metrics['touches-total'])).toBeGreaterThan(0);
    expect(Number(metrics['activities-read'])).toBeGreaterThan(0);
    await page.close();
  });

  it('shows the deal view on a deal page', async () => {
    const page = await openRecord(stop(`${crm}-deal`).url);
    const metrics = await readMetrics(page);
    expect(metrics.stage).not.toBe('');
    expect(['none', 'watch', 'stalled']).toContain(metrics['stage-warning']);
    await page.close();
  });
});

describe('following the CRM as a single-page app', () => {
  it("shows the next record's numbers after a client-side route change, never the previous ones", async () => {
    const page = await openRecord(stop('hubspot-contact').url);
    const first = await page.locator(`${PANEL} .touchline-root`).getAttribute('data-record');
    const link = page.locator('a[href*="/record/0-3/"]:visible').first();
    const dealId = (await link.getAttribute('href'))?.match(/0-3\/(\d+)/)?.[1];
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await link.click();
    const root = page.locator(`${PANEL} .touchline-root[data-state="ready"]`);
    await expect.poll(() => root.getAttribute('data-record')).toMatch(new RegExp(`:deal:${dealId}$`));
    expect(first).toMatch(/:contact:/);
    expect(loads).toEqual([]);
    expect((await readMetrics(page)).stage).not.toBe('');
    await page.close();
  });
});

describe('logging a missed touch', () => {
  it('logs on the record shown after a client-side route change, not the one left', async () => {
    const page = await openRecord(stop('hubspot-deal').url);
    const contactLink = page.locator('a[href*="/record/0-1/"]:visible').first();
    const contactId = (await contactLink.getAttribute('href'))?.match(/0-1\/(\d+)/)?.[1];
    await contactLink.click();
    const root = page.locator(`${PANEL} .touchline-root[data-state="ready"]`);
    await expect.poll(() => root.getAttribute('data-record')).toMatch(new RegExp(`:contact:${contactId}$`));
    const before = Number((await readMetrics(page))['touches-social']);
    await page.locator(`${PANEL} [data-action="log-social"]`).click();
    await expect.poll(() => readMetrics(page).then((m) => Number(m['touches-social']))).toBe(before + 1);
    expect(await root.getAttribute('data-record')).toMatch(new RegExp(`:contact:${contactId}$`));
    await page.locator(`${PANEL} [data-action="undo"]`).click();
    await page.close();
  });

  it('counts a one-click call at once, after a reload and in a new browser on the same profile', async () => {
    const url = stop('pipedrive-contact').url;
    let page = await openRecord(url);
    const before = await readMetrics(page);
    await page.locator(`${PANEL} [data-action="log-call"]`).click();
    const calls = () => readMetrics(page).then((m) => Number(m['touches-call']));
    await expect.poll(calls).toBe(Number(before['touches-call']) + 1);
    expect(Number((await readMetrics(page))['touches-total'])).toBe(Number(before['touches-total']) + 1);
    await expect(page.locator(`${PANEL} [data-action="undo"]`).isVisible()).resolves.toBe(true);

    await page.reload();
    await waitForPanel(page);
    await expect.poll(calls).toBe(Number(before['touches-call']) + 1);
    await page.close();

    await demo.browser.close({ keepProfile: true });
    // A restarted browser's clock starts again from where it is set: start it later, as in life.
    const later = new Date(Date.parse(FIXED_NOW) + 10 * 60_000).toISOString();
    demo.browser = await launchBrowser({
      server: demo.server,
      userDataDir: demo.browser.userDataDir,
      clockStart: later,
    });
    page = await openRecord(url);
    await expect.poll(calls).toBe(Number(before['touches-call']) + 1);
    await page.close();
  });

  it('takes a logged touch back with undo', async () => {
    const page = await openRecord(stop('salesforce-contact').url);
    const before = Number((await readMetrics(page))['touches-email']);
    await page.locator(`${PANEL} [data-action="log-email"]`).click();
    const emails = () => readMetrics(page).then((m) => Number(m['touches-email']));
    await expect.poll(emails).toBe(before + 1);
    await page.locator(`${PANEL} [data-action="undo"]`).click();
    await expect.poll(emails).toBe(before);
    await page.close();
  });
});

describe('living on the CRM page', () => {
  it("leaves the CRM's own controls clickable outside the panel's strip", async () => {
    const page = await openRecord(stop('hubspot-contact').url);
    const hits = await page.evaluate((panel) => {
      const host = document.querySelector(panel);
      const strip = host?.shadowRoot?.querySelector('.touchline-root')?.getBoundingClientRect();
      const inPanel = (x: number, y: number) => host?.contains(document.elementFromPoint(x, y)) ?? false;
      return {
        stripWidth: strip?.width ?? 0,
        outside: [10, 300, innerWidth - (strip?.width ?? 0) - 10].map((x) => inPanel(x, 200)),
        inside: inPanel(innerWidth - 20, 200),
      };
    }, PANEL);
    expect(hits.stripWidth).toBeGreaterThan(200);
    expect(hits.stripWidth).toBeLessThanOrEqual(340);
    expect(hits.outside).toEqual([false, false, false]);
    expect(hits.inside).toBe(true);
    await page.close();
  });

  it("sends no request to any host but the CRM page's own", async () => {
    const foreign: string[] = [];
    for (const name of ['hubspot-contact', 'salesforce-deal', 'pipedrive-contact']) {
      const host = new URL(stop(name).url).hostname;
      const page = await demo.browser.context.newPage();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'chrome-extension:' && url.hostname !== host) foreign.push(request.url());
      });
      await page.goto(stop(name).url);
      await waitForPanel(page);
      await page.locator(`${PANEL} [data-action="log-sms"]`).click();
      await page.locator(`${PANEL} [data-action="undo"]`).click();
      await page.close();
    }
    expect(foreign).toEqual([]);
  });
});

describe('the trend chart', () => {
  it('loads chart.js only when the trend is opened, and draws the weeks', async () => {
    const page = await openRecord(stop('pipedrive-contact').url);
    const chunk: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/trend-chart.js')) chunk.push(request.url());
    });
    expect(await page.locator(`${PANEL} canvas`).count()).toBe(0);
    expect(chunk).toEqual([]);
    await page.locator(`${PANEL} button[aria-expanded="false"]`, { hasText: 'Trend' }).click();
    const trend = page.locator(`${PANEL} .tl-trend`);
    await expect.poll(() => trend.getAttribute('aria-busy')).toBeNull();
    expect(await page.locator(`${PANEL} .tl-trend .tl-hint`).count()).toBe(0);
    expect(chunk.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('folding the panel', () => {
  it('folds to a tab that stays folded on that CRM after a reload, and unfolds again', async () => {
    const page = await openRecord(stop('salesforce-deal').url);
    await page.locator(`${PANEL} [data-action="collapse"]`).click();
    const width = () => page.locator(`${PANEL} .touchline-root`).evaluate((el) => el.getBoundingClientRect().width);
    await expect.poll(width).toBeLessThan(40);
    await page.reload();
    await waitForPanel(page);
    await expect.poll(width).toBeLessThan(40);
    await page.locator(`${PANEL} [data-action="collapse"]`).click();
    await expect.poll(width).toBeGreaterThan(300);
    await page.close();
  });
});
