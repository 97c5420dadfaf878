import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../demo-crm/world';
import { demoBrowser } from './demo-browser';

const demo = demoBrowser();
const FIXTURE = resolve(__dirname, '../fixtures/csv/hubspot-deals-en.csv');

async function openTeamPage(): Promise<Page> {
  const worker = demo.browser.context.serviceWorkers()[0] ?? (await demo.browser.context.waitForEvent('serviceworker'));
  const page = await demo.browser.context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/team.html`);
  await page.locator('[data-team-view]').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Chooses the account and the fixture, and waits for the import's report. */
async function importFile(page: Page): Promise<Record<string, string | undefined>> {
  await page.locator('select[name="crm"]').selectOption('hubspot');
  await page.locator('input[name="account"]').fill('123');
  await page.locator('input[type=file][data-action="import-csv"]').setInputFiles(FIXTURE);
  const report = page.locator('[data-import-report]');
  await report.waitFor({ timeout: 60_000 });
  return report.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
}

/**
 * Days in stage as metrics.md counts them, from the fixture alone: calendar days from the day
 * the row's "Date entered" column for its current stage names to today, both in the page's zone.
 */
function expectedDaysInStage(dealId: string, zone: string): number {
  const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(FIXTURE, 'utf8'), { skipEmptyLines: true }).data;
  const row = rows.find((cells) => cells[0] === dealId) ?? [];
  const stage = row[header.indexOf('Deal Stage')];
  const column = header.findIndex((h) => h.startsWith(`Date entered "${stage} (`));
  const [year, month, day] = (row[column] ?? '').slice(0, 10).split('-').map(Number) as [number, number, number];
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(FIXED_NOW));
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return (Date.UTC(ty, tm - 1, td) - Date.UTC(year, month - 1, day)) / 86_400_000;
}

describe('importing a HubSpot deal export on the team page', () => {
  it('reports the deals, lists the stalled one first with its days in stage, and adds nothing the second time', {
    timeout: 150_000,
  }, async () => {
    const page = await openTeamPage();

    const first = await importFile(page);
    // Row 6's unreadable "Date entered" leaves that date out, not the deal; row 5 has no id.
    expect(first).toMatchObject({ kind: 'deals', added: '5', existing: '0', invalid: '1' });

    await page.locator('[data-team-view="ready"] [data-deal]').first().waitFor({ timeout: 60_000 });
    const keys = await page.locator('[data-deal]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-deal')));
    // The closed-won deal is not an open deal; the stalled one comes first.
    expect(keys).toHaveLength(4);
    expect(keys[0]).toBe('hubspot:123:deal:9001');
    const row = page.locator('[data-deal="hubspot:123:deal:9001"]');
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(await row.locator('[data-metric="stage-warning"]').getAttribute('data-value')).toBe('stalled');
    expect(await row.locator('[data-metric="days-in-stage"]').getAttribute('data-value')).toBe(
      String(expectedDaysInStage('9001', zone)),
    );

    // Imported again with the same file and mapping (the Import button: a file input fires no change for the same file).
    await page.locator('[data-action="start-import"]').click();
    const report = page.locator('[data-import-report][data-existing="5"]');
    await report.waitFor({ timeout: 60_000 });
    const again = await report.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
    expect(again).toMatchObject({ added: '0', existing: '5', invalid: '1' });
    await page.close();
  });
});
