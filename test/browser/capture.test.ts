import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type TourStop, tourStop } from '../demo-crm/tour';
import { demoBrowser } from './demo-browser';
import { PANEL } from './harness';

const demo = demoBrowser();

const stop = (name: string): TourStop => tourStop(demo.tour, name);

/** Opens a record and waits until the CRM has rendered it and the panel has read it (or said it cannot). */
async function openRecord(url: string): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto(url);
  await page.locator('html[data-demo-phase="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  const read = `${PANEL} .touchline-root:is([data-state="ready"], [data-state="unreadable"])`;
  await page.locator(read).waitFor({ timeout: 60_000 });
  return page;
}

/** Chooses "Save a test page" in the panel's menu; returns the extension page that opens and its file. */
async function saveTestPage(page: Page): Promise<{ savePage: Page; file: string }> {
  await page.locator(`${PANEL} button[aria-haspopup="menu"]`).click();
  const opened = demo.browser.context.waitForEvent('page');
  await page.locator(`${PANEL} [role="menuitem"][data-action="save-test-page"]`).click();
  const savePage = await opened;
  await savePage.locator('[data-test-page]').waitFor();
  const download = savePage.waitForEvent('download');
  await savePage.locator('a[data-action="download-test-page"]').click();
  const path = await (await download).path();
  return { savePage, file: readFileSync(path, 'utf8') };
}

describe.each(['hubspot', 'salesforce', 'pipedrive'])('a test page saved on the %s demo', (crm) => {
  it.each(['contact', 'deal'])(
    'of a %s names nobody of the demo and reaches the download page',
    { timeout: 150_000 },
    async (kind) => {
      const { world } = demo.server;
      const page = await openRecord(stop(`${crm}-${kind}`).url);
      const original = await page.content();
      const { savePage, file } = await saveTestPage(page);

      expect(savePage.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/capture\.html#/);
      expect(Number(await savePage.locator('[data-test-page]').getAttribute('data-bytes'))).toBe(
        Buffer.byteLength(file),
      );
      expect(await savePage.locator('a[data-action="download-test-page"]').getAttribute('download')).toMatch(
        new RegExp(`^touchline-test-page-${crm}-${kind}-2026-11-20\\.html$`),
      );
      expect(
        file.startsWith(`<!-- saved from url=(${String(page.url().length).padStart(4, '0')})${page.url()} -->`),
      ).toBe(true);

      const people = [
        ...world.contacts.map((c) => [c.firstName, c.lastName]),
        ...world.reps.map((r) => r.name.split(' ')),
      ];
      const words = [...new Set(people.flat())];
      // The page itself names people: otherwise this test could not fail.
      expect(words.some((word) => new RegExp(`\\b${word}\\b`).test(original))).toBe(true);
      const named = words.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(file));
      expect(named).toEqual([]);
      const emails = [...world.contacts.map((c) => c.email), ...world.reps.map((r) => r.email)];
      expect(emails.filter((email) => file.includes(email))).toEqual([]);
      const phones = world.contacts.flatMap((c) => [c.phone, c.phone.replace(/\s/g, '')]);
      expect(phones.filter((phone) => file.includes(phone))).toEqual([]);
      expect(file).not.toContain('<script');
      expect(file).not.toContain('touchline-panel');

      if (crm === 'hubspot' && kind === 'contact') {
        const nodes = await page.evaluate(() => {
          const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
          let count = 0;
          while (walker.nextNode()) count++;
          return count;
        });
        const busy = await savePage.locator('[data-count="busy"]').textContent();
        const longest = await savePage.locator('[data-count="longest-slice"]').textContent();
        console.log(`HubSpot demo contact page: ${nodes} nodes; capture busy ${busy}, longest slice ${longest}`);
      }
      await savePage.close();
      await page.close();
    },
  );
});
