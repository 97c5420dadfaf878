import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_END_BUTTON } from '../demo-crm/header-end-button';
import { demoTour, tourStop } from '../demo-crm/tour';
import { FIXED_NOW } from '../demo-crm/world';
import { runAxe } from './accessibility-checks';
import { demoBrowser } from './demo-browser';
import { type DemoServer, startDemoServer } from './demo-server';
import type { DrivenBrowser } from './drivers/driver';
import { launchFirefox } from './drivers/firefox';
import { clickInPanel, countInPanel, openRecord, until } from './drivers/panel-probes';
import { PANEL, waitForPanel } from './harness';

/**
 * Issue 12, "layout next to the CRM": overlay (the default) or make room, chosen in the panel's
 * menu and remembered per CRM; folded, the panel covers no CRM control. The control tested is
 * the right-most button of each demo CRM's top bar, where the real CRMs keep the account menu.
 */
const demo = demoBrowser();

const contactUrl = (crm: string): string => tourStop(demo.tour, `${crm}-contact`).url;

async function openContact(crm: string): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto(contactUrl(crm));
  await waitForPanel(page);
  return page;
}

/** Where the header button is, where the open panel starts, and what a click at the button's centre hits. */
interface Geometry {
  button: { left: number; right: number; x: number; y: number };
  panelLeft: number | null;
  /** `button`, `panel` (Touchline's host) or the tag name of whatever else is there. */
  atButton: string;
  /** Whether the button takes the pointer all over it (a grid of points from edge to edge), not only at its centre. */
  wholeButtonFree: boolean;
  roomMade: boolean;
}

/** Measures {@link Geometry} in the page: a string, so Playwright and the Firefox driver run the same script. */
const GEOMETRY = `(() => {
  const button = document.querySelector(${JSON.stringify(HEADER_END_BUTTON)});
  const host = document.querySelector(${JSON.stringify(PANEL)});
  const box = button.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const panel = host?.shadowRoot?.querySelector('.tl-panel:not(.tl-panel--collapsed)');
  const hit = document.elementFromPoint(x, y);
  const steps = [0.05, 0.5, 0.95];
  return {
    button: { left: box.left, right: box.right, x, y },
    panelLeft: panel ? panel.getBoundingClientRect().left : null,
    atButton: hit === button ? 'button' : hit === host ? 'panel' : String(hit?.tagName),
    wholeButtonFree: steps.every((fx) =>
      steps.every((fy) => document.elementFromPoint(box.left + fx * box.width, box.top + fy * box.height) === button),
    ),
    roomMade: document.getElementById('touchline-make-room') !== null,
  };
})()`;

function geometry(page: Page): Promise<Geometry> {
  return page.evaluate<Geometry>(GEOMETRY);
}

async function chooseLayout(page: Page, layout: 'overlay' | 'make-room'): Promise<void> {
  await page.locator(`${PANEL} button[aria-haspopup="menu"]`).click();
  await page.locator(`${PANEL} [role="menuitemradio"][data-action="layout-${layout}"]`).click();
}

async function checkedLayout(page: Page): Promise<string | null> {
  await page.locator(`${PANEL} button[aria-haspopup="menu"]`).click();
  const checked = await page
    .locator(`${PANEL} [role="menuitemradio"][aria-checked="true"]`)
    .getAttribute('data-action');
  await page.keyboard.press('Escape');
  return checked;
}

async function setFolded(page: Page, folded: boolean): Promise<void> {
  const tab = page.locator(`${PANEL} .tl-panel--collapsed`);
  if ((await tab.count()) > 0 === folded) return;
  await page.locator(`${PANEL} [data-action="collapse"]`).click();
  await tab.waitFor({ state: folded ? 'attached' : 'detached' });
}

/** Clicks the page at the button's centre with the mouse, as a user would, and says whether the CRM saw it. */
async function clickReachesCrm(page: Page): Promise<boolean> {
  const button = page.locator(HEADER_END_BUTTON);
  const before = Number(await button.getAttribute('data-clicks'));
  const { x, y } = (await geometry(page)).button;
  await page.mouse.click(x, y);
  return Number(await button.getAttribute('data-clicks')) === before + 1;
}

describe.each(['hubspot', 'salesforce', 'pipedrive'])('%s demo contact page', (crm) => {
  it('overlays by default: the open panel lies over the right-most header button; folded, the button takes a click', async () => {
    const page = await openContact(crm);
    await setFolded(page, false);
    expect(await checkedLayout(page)).toBe('layout-overlay');
    const open = await geometry(page);
    expect(open.roomMade).toBe(false);
    expect(open.panelLeft).not.toBeNull();
    expect(open.button.right).toBeGreaterThan(open.panelLeft as number);
    expect(open.atButton).toBe('panel');
    expect(await clickReachesCrm(page)).toBe(false);

    await setFolded(page, true);
    expect((await geometry(page)).wholeButtonFree).toBe(true);
    expect(await clickReachesCrm(page)).toBe(true);
    await setFolded(page, false);
    await page.close();
  });

  it('makes room when chosen: the button lies left of the open panel and takes a click; folded, the page has its width back', async () => {
    const page = await openContact(crm);
    await setFolded(page, false);
    const overlaid = await geometry(page);
    await chooseLayout(page, 'make-room');
    await expect.poll(async () => (await geometry(page)).roomMade).toBe(true);
    const open = await geometry(page);
    expect(open.button.right).toBeLessThanOrEqual(open.panelLeft as number);
    expect(open.button.right).toBeLessThan(overlaid.button.right);
    expect(open.atButton).toBe('button');
    expect(open.wholeButtonFree).toBe(true);
    expect(await clickReachesCrm(page)).toBe(true);

    await setFolded(page, true);
    const folded = await geometry(page);
    expect(folded.roomMade).toBe(false);
    expect(folded.button.right).toBe(overlaid.button.right);
    expect(folded.wholeButtonFree).toBe(true);
    expect(await clickReachesCrm(page)).toBe(true);

    await setFolded(page, false);
    expect((await geometry(page)).roomMade).toBe(true);
    await chooseLayout(page, 'overlay');
    expect((await geometry(page)).roomMade).toBe(false);
    await page.close();
  });
});

/** In the page: whether room was made in the first frame that shows the shell's panel (`data-parts="first"`). */
function recordRoomAtFirstShell(): void {
  const look = () => {
    const shell = document
      .querySelector('touchline-panel')
      ?.shadowRoot?.querySelector('.touchline-root[data-parts="first"] .tl-panel');
    if (!shell) return requestAnimationFrame(look);
    (window as { roomAtFirstShell?: boolean }).roomAtFirstShell =
      document.getElementById('touchline-make-room') !== null;
  };
  requestAnimationFrame(look);
}

describe('the layout chosen', () => {
  it('survives a reload and is remembered per CRM: make room on HubSpot leaves Pipedrive overlaid', async () => {
    const hubspot = await openContact('hubspot');
    await setFolded(hubspot, false);
    await chooseLayout(hubspot, 'make-room');
    await hubspot.addInitScript(recordRoomAtFirstShell);
    await hubspot.reload();
    await waitForPanel(hubspot);
    // Applied as the first-numbers shell shows, not only once the whole panel replaces it.
    expect(await hubspot.evaluate(() => (window as { roomAtFirstShell?: boolean }).roomAtFirstShell)).toBe(true);
    const reloaded = await geometry(hubspot);
    expect(reloaded.roomMade).toBe(true);
    expect(reloaded.button.right).toBeLessThanOrEqual(reloaded.panelLeft as number);
    expect(await checkedLayout(hubspot)).toBe('layout-make-room');

    const pipedrive = await openContact('pipedrive');
    await setFolded(pipedrive, false);
    expect((await geometry(pipedrive)).roomMade).toBe(false);
    expect(await checkedLayout(pipedrive)).toBe('layout-overlay');

    await chooseLayout(hubspot, 'overlay');
    await hubspot.close();
    await pipedrive.close();
  });
});

describe('the layout choice in the menu', () => {
  it('is reached and chosen with the keyboard, and the open menu has no serious or critical axe violation', async () => {
    const page = await openContact('salesforce');
    await setFolded(page, false);
    const menu = page.locator(`${PANEL} button[aria-haspopup="menu"]`);
    await menu.focus();
    await page.keyboard.press('ArrowUp');
    const focused = () =>
      page.evaluate(
        (host) => document.querySelector(host)?.shadowRoot?.activeElement?.getAttribute('data-action'),
        PANEL,
      );
    // ArrowUp opens the menu on its last item once it has rendered.
    await expect.poll(focused).toMatch(/./);
    // One key at a time, each waited for: on a loaded machine the menu moves focus after a render,
    // and keys pressed ahead of it would skip past the item.
    for (let i = 0; i < 8; i += 1) {
      const at = await focused();
      if (at === 'layout-make-room') break;
      await page.keyboard.press('ArrowUp');
      await expect.poll(focused).not.toBe(at);
    }
    expect(await focused()).toBe('layout-make-room');
    const report = await runAxe(page);
    expect(report.inShadow).toBe(true);
    expect(report.blocking).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await geometry(page)).roomMade).toBe(true);
    await chooseLayout(page, 'overlay');
    await page.close();
  });
});

/** The same layout in Firefox (puppeteer-core over WebDriver BiDi: no mouse, so geometry and element clicks). */
describe('in Firefox', () => {
  let firefoxServer: DemoServer;
  let firefox: DrivenBrowser;

  beforeAll(async () => {
    firefoxServer = await startDemoServer({ now: FIXED_NOW });
    firefox = await launchFirefox(firefoxServer, FIXED_NOW);
  }, 240_000);

  afterAll(async () => {
    await firefox?.close();
    await firefoxServer?.close();
  });

  it('makes room beside the open panel, gives the page its width back when folded, and remembers it', async () => {
    const url = tourStop(demoTour(firefoxServer.world), 'hubspot-contact').url;
    const tab = await firefox.newTab();
    await openRecord(tab, url);
    const measure = () => tab.run<Geometry>(GEOMETRY);
    const overlaid = await measure();
    expect(overlaid).toMatchObject({ roomMade: false, atButton: 'panel' });

    await clickInPanel(tab, 'button[aria-haspopup="menu"]');
    await until(
      () => countInPanel(tab, '[data-action="layout-make-room"]'),
      (n) => n === 1,
    );
    await clickInPanel(tab, '[data-action="layout-make-room"]');
    const open = await until(measure, (g) => g.roomMade);
    expect(open.button.right).toBeLessThanOrEqual(open.panelLeft as number);
    expect(open.wholeButtonFree).toBe(true);

    await clickInPanel(tab, '[data-action="collapse"]');
    const folded = await until(measure, (g) => g.panelLeft === null);
    expect(folded.roomMade).toBe(false);
    expect(folded.button.right).toBe(overlaid.button.right);
    expect(folded.wholeButtonFree).toBe(true);

    await tab.reload();
    await until(
      () => countInPanel(tab, '.touchline-root[data-parts="all"] .tl-panel--collapsed'),
      (n) => n === 1,
      45_000,
    );
    await clickInPanel(tab, '[data-action="collapse"]');
    const reopened = await until(measure, (g) => g.panelLeft !== null);
    expect(reopened.roomMade).toBe(true);
    expect(reopened.button.right).toBeLessThanOrEqual(reopened.panelLeft as number);
    await tab.close();
  });
});
