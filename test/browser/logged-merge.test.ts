import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tourStop } from '../demo-crm/tour';
import { demoBrowser } from './demo-browser';
import { PANEL, readMetrics, waitForPanel } from './harness';

const demo = demoBrowser();

const calls = (page: Page) => readMetrics(page).then((m) => Number(m['touches-call']));
/** The titles of the panel's recent touches: the CRM's copy shows once the panel has read it. */
const recent = (page: Page) =>
  page
    .locator(`${PANEL} .tl-recent`)
    .textContent({ timeout: 5000 })
    .catch(() => '');

/** Follows an in-app link (a client-side route change) and waits for the panel to show that record. */
async function follow(page: Page, link: string, record: RegExp): Promise<void> {
  await page.locator(link).first().click();
  const root = page.locator(`${PANEL} .touchline-root[data-state="ready"]`);
  await expect.poll(() => root.getAttribute('data-record')).toMatch(record);
}

describe('a call logged on a deal, which the CRM later shows on a contact of the deal', () => {
  it('counts once on the deal and once on the contact', async () => {
    const dealUrl = tourStop(demo.tour, 'hubspot-deal').url;
    const dealId = dealUrl.match(/0-3\/(\d+)/)?.[1] ?? '';
    const deal = demo.server.world.deals.find((d) => d.id === Number(dealId));
    const page = await demo.browser.context.newPage();
    await page.goto(dealUrl);
    await waitForPanel(page);
    // Another contact than the one the panel names by default: the user picks no one.
    const named = await page.locator(`${PANEL} .tl-log select`).inputValue();
    const contactId = deal?.contactIds.find((id) => !named.endsWith(`:contact:${id}`));
    if (!deal || contactId === undefined) throw new Error('the tour deal has fewer than two contacts');
    const contactLink = `a[href$="/record/0-1/${contactId}"]:visible`;
    const dealLink = `a[href$="/record/0-3/${dealId}"]:visible`;

    await follow(page, contactLink, new RegExp(`:contact:${contactId}$`));
    const contactBefore = await calls(page);
    await follow(page, dealLink, new RegExp(`:deal:${dealId}$`));
    const dealBefore = await calls(page);

    // One click, no contact picked: the call is logged on the deal.
    await page.locator(`${PANEL} [data-action="log-call"]`).click();
    await expect.poll(() => calls(page)).toBe(dealBefore + 1);

    // Moments later the CRM's copy of the call appears on the contact's timeline, not the deal's.
    const ownerId = deal.ownerId;
    await page.evaluate(
      ({ contactId, ownerId }) =>
        window.__demoAddActivity?.({
          type: 'call',
          direction: 'outbound',
          timestamp: new Date().toISOString(),
          title: 'Call from mobile',
          body: 'Synced from the phone system',
          ownerId,
          automated: false,
          contactId,
        }),
      { contactId, ownerId },
    );

    await follow(page, contactLink, new RegExp(`:contact:${contactId}$`));
    await expect.poll(() => recent(page)).toContain('Call from mobile');
    expect(await calls(page)).toBe(contactBefore + 1);
    await follow(page, dealLink, new RegExp(`:deal:${dealId}$`));
    await expect.poll(() => recent(page)).toContain('Call from mobile');
    expect(await calls(page)).toBe(dealBefore + 1);
    expect(await recent(page)).not.toContain('logged in Touchline');
    await page.close();
  });
});
