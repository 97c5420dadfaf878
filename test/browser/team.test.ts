import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tourStop } from '../demo-crm/tour';
import { demoBrowser } from './demo-browser';
import { PANEL, readMetrics, waitForPanel } from './harness';

const demo = demoBrowser();

const stopUrl = (name: string): string => tourStop(demo.tour, name).url;

/** Opens a record, waits for the whole panel, returns its figures and record key. */
async function panelFigures(url: string): Promise<{ metrics: Record<string, string>; record: string }> {
  const page = await demo.browser.context.newPage();
  await page.goto(url);
  const root = `${PANEL} .touchline-root[data-state="ready"]:not([data-parts="first"])`;
  await page.locator(root).waitFor({ timeout: 60_000 });
  const metrics = await readMetrics(page);
  const record = (await page.locator(root).getAttribute('data-record')) ?? '';
  await page.close();
  return { metrics, record };
}

/** A new tab on one of the extension's own pages. */
async function openExtensionPage(path: string): Promise<Page> {
  const worker = demo.browser.context.serviceWorkers()[0] ?? (await demo.browser.context.waitForEvent('serviceworker'));
  const page = await demo.browser.context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/${path}`);
  return page;
}

async function openTeamPage(): Promise<Page> {
  const page = await openExtensionPage('team.html');
  await page.locator('[data-team-view="ready"]').waitFor({ timeout: 60_000 });
  return page;
}

/** `data-value` of each `data-metric` in a row. */
async function rowValues(page: Page, row: string): Promise<Record<string, string>> {
  return page.locator(row).evaluate((tr) => {
    const values: Record<string, string> = {};
    for (const cell of Array.from(tr.querySelectorAll('[data-metric]'))) {
      values[cell.getAttribute('data-metric') ?? ''] = cell.getAttribute('data-value') ?? '';
    }
    return values;
  });
}

describe('the team page over what the panel read', () => {
  it('shows an empty state before any record was opened', async () => {
    const page = await openExtensionPage('team.html');
    await page.locator('[data-team-view="empty"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-team-view="empty"]').textContent()).toContain('import your CRM');
    await page.close();
  });

  it('gives the reps of one opened contact the touches its panel counted', async () => {
    const contact = await panelFigures(stopUrl('hubspot-contact'));
    const page = await openTeamPage();
    const reps = await page.locator('[data-rep]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rep')));
    expect(reps.length).toBeGreaterThan(0);
    const team = await rowValues(page, '[data-team]');
    // One contact in the cache: the team's touches are that contact's, and it is the one active contact.
    expect(team['rep-touches']).toBe(contact.metrics['touches-total']);
    expect(team['rep-active-contacts']).toBe('1');
    expect(team['rep-touches-per-contact']).toBe(Number(contact.metrics['touches-total']).toFixed(2));
    let sum = 0;
    for (const rep of reps) {
      const values = await rowValues(page, `[data-rep="${rep}"]`);
      expect(values['rep-early-warning']).toMatch(/^(true|false)$/);
      expect(values['rep-touches-per-contact']).toMatch(/^(\d+\.\d\d)?$/);
      sum += Number(values['rep-touches']);
    }
    expect(sum).toBe(Number(team['rep-touches']));
    await page.close();
  });

  it('lists each opened open deal with the stage figures its panel shows', { timeout: 150_000 }, async () => {
    const deals = [];
    for (const crm of ['hubspot', 'salesforce', 'pipedrive']) deals.push(await panelFigures(stopUrl(`${crm}-deal`)));
    const page = await openTeamPage();
    for (const deal of deals) {
      const row = `[data-deal="${deal.record}"]`;
      expect(await page.locator(row).count()).toBe(1);
      const values = await rowValues(page, row);
      expect([values['stage-warning'], values['days-in-stage']]).toEqual([
        deal.metrics['stage-warning'],
        deal.metrics['days-in-stage'],
      ]);
      expect(values['contacts-touched']).toBe(deal.metrics['contacts-touched']);
      expect(await page.locator(`${row} a`).getAttribute('href')).toMatch(/^https:\/\//);
    }
    const warnings = await page
      .locator('[data-deal] [data-metric="stage-warning"]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
    // A warning not computable (data-value "") sorts with the deals that have none.
    const rank = { stalled: 0, watch: 1, none: 2 } as Record<string, number>;
    expect(warnings.map((w) => rank[w || 'none'])).toEqual([...warnings.map((w) => rank[w || 'none'])].sort());
    await page.close();
  });

  it('counts a call logged in the panel on the row of the name set on the options page', async () => {
    await panelFigures(stopUrl('hubspot-contact'));
    const before = await openTeamPage();
    const rep = (await before.locator('[data-rep]').first().getAttribute('data-rep')) ?? '';
    const repBefore = await rowValues(before, `[data-rep="${rep}"]`);
    const teamBefore = await rowValues(before, '[data-team]');
    await before.close();

    const options = await openExtensionPage('options.html');
    const field = options.locator('input[name="yourName-hubspot"]');
    await field.fill(rep);
    await field.press('Tab');
    await options.locator('#opt-yourNames-hubspot-note', { hasText: 'Saved' }).waitFor();
    await options.close();

    const contact = await demo.browser.context.newPage();
    await contact.goto(stopUrl('hubspot-contact'));
    await waitForPanel(contact);
    const calls = Number((await readMetrics(contact))['touches-call']);
    await contact.locator(`${PANEL} [data-action="log-call"]`).click();
    await expect.poll(async () => Number((await readMetrics(contact))['touches-call'])).toBe(calls + 1);
    await contact.close();

    const after = await openTeamPage();
    expect(Number((await rowValues(after, `[data-rep="${rep}"]`))['rep-touches'])).toBe(
      Number(repBefore['rep-touches']) + 1,
    );
    expect(Number((await rowValues(after, '[data-team]'))['rep-touches'])).toBe(Number(teamBefore['rep-touches']) + 1);
    await after.close();
  });
});
