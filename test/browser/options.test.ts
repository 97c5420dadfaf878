import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../demo-crm/world';
import { fixtureFiles } from '../fixtures/fixture-files';
import { demoBrowser } from './demo-browser';
import { expectedContactValues } from './expected-values';
import { PANEL, readMetrics, waitForPanel } from './harness';

/** The HubSpot demo contacts, with what their saved pages hold. */
const demoContact = (name: string) => {
  const file = fixtureFiles().find((f) => f.crm === 'hubspot' && f.name === name);
  if (!file) throw new Error(`no HubSpot fixture ${name}`);
  return { url: file.url, activities: JSON.parse(readFileSync(file.expectedPath, 'utf8')).activities };
};

const demo = demoBrowser();

async function openOptionsPage(): Promise<Page> {
  const worker = demo.browser.context.serviceWorkers()[0] ?? (await demo.browser.context.waitForEvent('serviceworker'));
  const page = await demo.browser.context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await page.locator('select[name="motion"]').waitFor({ timeout: 30_000 });
  return page;
}

async function openContact(url: string): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto(url);
  await waitForPanel(page);
  // Gone after a reload: the panel must update in place.
  await page.evaluate(() => {
    (window as unknown as { touchlineTestMark: boolean }).touchlineTestMark = true;
  });
  return page;
}

const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { touchlineTestMark?: boolean }).touchlineTestMark === true);

const band = (page: Page) =>
  page
    .locator(`${PANEL} [data-metric="band"]`)
    .evaluate((el) => ({ value: el.getAttribute('data-value'), motion: el.getAttribute('data-motion') }));

describe('settings reach open panels without a reload', () => {
  it('changing the motion on the options page changes the band of an open contact panel', async () => {
    const contact = await openContact(demoContact('demo-contact-busiest').url);
    expect(await band(contact)).toEqual({ value: '8-14', motion: 'mid-market' });

    const options = await openOptionsPage();
    await options.selectOption('select[name="motion"]', 'enterprise');
    await options.getByText('Saved', { exact: true }).waitFor({ timeout: 10_000 });

    await expect.poll(() => band(contact), { timeout: 15_000 }).toEqual({ value: '12-20', motion: 'enterprise' });
    expect(await contact.locator(`${PANEL} [data-action="motion"]`).getAttribute('data-motion')).toBe('enterprise');
    expect(await notReloaded(contact)).toBe(true);
    await options.close();
    await contact.close();
  });

  it('the period switch changes the period of the numbers, in every open tab', async () => {
    const busiest = demoContact('demo-contact-busiest');
    const other = demoContact('demo-contact-other');
    const first = await openContact(busiest.url);
    const second = await openContact(other.url);
    const expected = (activities: unknown[], days: number) =>
      expectedContactValues(activities as never, new Date(FIXED_NOW), days)['touches-total'];
    expect((await readMetrics(first))['touches-total']).toBe(expected(busiest.activities, 30));

    await first.selectOption(`${PANEL} select[data-action="period"]`, '7d');

    await expect
      .poll(async () => (await readMetrics(first))['touches-total'], { timeout: 15_000 })
      .toBe(expected(busiest.activities, 7));
    await expect
      .poll(() => second.locator(`${PANEL} select[data-action="period"]`).inputValue(), { timeout: 15_000 })
      .toBe('7d');
    expect((await readMetrics(second))['touches-total']).toBe(expected(other.activities, 7));
    expect(await notReloaded(first)).toBe(true);
    expect(await notReloaded(second)).toBe(true);
    // The band always describes the last 30 days, whatever period is shown (metrics.md).
    expect(await band(first)).toMatchObject({ motion: 'enterprise' });
    await first.close();
    await second.close();
  });

  it('a shorter follow-up limit set in the Cadence section brings "next touch due" forward in an open panel', async () => {
    const contact = await openContact(demoContact('demo-contact-busiest').url);
    const due = contact.locator(`${PANEL} [data-metric="next-touch-due"]`);
    // The demo contact replied, so only the follow-up limit (14 days by default) sets the next touch.
    const before = await due.getAttribute('data-value');
    expect(before).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const options = await openOptionsPage();
    await options.fill('input[name="followUpDays"]', '10');
    await options.press('input[name="followUpDays"]', 'Enter');
    await options.getByText('Saved', { exact: true }).waitFor({ timeout: 10_000 });

    const fourDaysEarlier = new Date(Date.parse(`${before}T00:00:00Z`) - 4 * 86_400_000).toISOString().slice(0, 10);
    await expect.poll(() => due.getAttribute('data-value'), { timeout: 15_000 }).toBe(fourDaysEarlier);
    expect(await notReloaded(contact)).toBe(true);
    await options.close();
    await contact.close();
  });

  it('a period longer than a lowered retention counts only what is kept and says where it starts; raised again, it counts all', async () => {
    const busiest = demoContact('demo-contact-busiest');
    const contact = await openContact(busiest.url);
    const total = async () => (await readMetrics(contact))['touches-total'];
    const expected = (days: number) =>
      expectedContactValues(busiest.activities, new Date(FIXED_NOW), days)['touches-total'];
    const notice = contact.locator(`${PANEL} [data-notice="beyond-retention"]`);
    await contact.selectOption(`${PANEL} select[data-action="period"]`, '90d');
    await expect.poll(total, { timeout: 15_000 }).toBe(expected(90));
    expect(expected(90)).not.toBe(expected(30));
    expect(await notice.count()).toBe(0);

    const options = await openOptionsPage();
    const setRetention = async (days: string) => {
      await options.fill('input[name="retentionDays"]', days);
      await options.press('input[name="retentionDays"]', 'Enter');
      await options.getByText('Saved', { exact: true }).waitFor({ timeout: 10_000 });
    };
    await setRetention('30');
    // Still the last 90 days, counted from 30 days ago (the clock runs on from FIXED_NOW under faketime).
    await expect.poll(total, { timeout: 15_000 }).toBe(expected(30));
    const startsAt = Date.parse((await notice.getAttribute('data-value')) ?? '');
    expect(Math.abs(startsAt - (Date.parse(FIXED_NOW) - 30 * 86_400_000))).toBeLessThan(15 * 60_000);
    expect(await notice.textContent()).toMatch(
      /^Counted from \d+ \w+ 2026, \d\d:\d\d: activities read from pages before it are no longer kept/,
    );

    // Raised again before the daily pruning: every touch counts once more, with no notice.
    await setRetention('400');
    await expect.poll(total, { timeout: 15_000 }).toBe(expected(90));
    expect(await notice.count()).toBe(0);
    expect(await notReloaded(contact)).toBe(true);
    await contact.selectOption(`${PANEL} select[data-action="period"]`, '30d');
    await options.close();
    await contact.close();
  });
});
