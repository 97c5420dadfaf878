import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, isFolded, LOADING_BODY, recordPages, waitForState } from './accessibility-checks';
import { describeFocus, focusLastPageControl, panelTabbables } from './accessibility-dom';
import { demoBrowser } from './demo-browser';
import { EXTENSION_DIR, PANEL, readMetrics } from './harness';

/**
 * Issue 12, part 3: the panel by keyboard (Tab order, focus, names, Escape), the live region for
 * logged touches, dark mode, reduced motion, and the contrast of channel bars and warnings.
 */
const demo = demoBrowser();

const { openReady, openStub } = recordPages(
  () => demo.browser.context,
  () => demo.tour,
);

/**
 * Focuses the CRM page's last control and tabs once into the panel. Retried: a demo page still
 * rendering late parts can replace the focused control, which drops focus back to the start.
 */
async function tabIntoPanel(page: Page): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.evaluate(focusLastPageControl, PANEL);
    await page.keyboard.press('Tab');
    if ((await page.evaluate(describeFocus, PANEL)).inPanel) return true;
    await page.waitForTimeout(1000);
  }
  return false;
}

describe('keyboard', { timeout: 90_000 }, () => {
  it('reaches every panel control with Tab from the page, in order, each with a name and a visible focus', async () => {
    const page = await openReady('hubspot-contact');
    const controls = await page.evaluate(panelTabbables, PANEL);
    expect(controls.length).toBeGreaterThan(5);
    expect(await tabIntoPanel(page)).toBe(true);
    const stops = [await page.evaluate(describeFocus, PANEL)];
    for (let i = 1; i <= controls.length; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(describeFocus, PANEL);
      if (!stop.inPanel) break;
      stops.push(stop);
    }
    expect(stops.map((s) => s.index)).toEqual(controls.map((_, i) => i));
    for (const stop of stops) expect(stop.focusStyle, `focus style of "${stop.name}"`).not.toBe('none');
    const unnamed = controls.filter((c) => c.name === '');
    expect(unnamed).toEqual([]);
    await page.close();
  });

  it('folds the panel with Escape only when focus is inside it, and gives focus back to the page', async () => {
    const page = await openReady('salesforce-contact');
    await page.evaluate(focusLastPageControl, PANEL);
    await page.keyboard.press('Escape');
    // Folding is one store update away: give a wrong fold the time to show.
    await page.waitForTimeout(500);
    expect(await isFolded(page)).toBe(false);

    expect(await tabIntoPanel(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isFolded(page)).toBe(true);
    const after = await page.evaluate(describeFocus, PANEL);
    expect(after).toMatchObject({ inPanel: false, onStart: true });

    await page.locator(`${PANEL} [data-action="collapse"]`).click();
    await expect.poll(() => isFolded(page)).toBe(false);

    // In the open header menu, Escape closes the menu and goes no further.
    const menu = page.locator(`${PANEL} button[aria-haspopup="menu"]`);
    await menu.click();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    await page.waitForTimeout(500);
    expect(await isFolded(page)).toBe(false);
    await page.close();
  });

  it('names the toggle shortcut in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.commands['toggle-panel'].description).toMatch(/Touchline panel/);
  });

  it('puts the counts that change after a one-click log in a polite live region', async () => {
    const page = await openReady('pipedrive-contact');
    const calls = () => readMetrics(page).then((m) => Number(m['touches-call']));
    const before = await calls();
    await page.locator(`${PANEL} [data-action="log-call"]`).click();
    await expect.poll(calls).toBe(before + 1);
    const live = await page.evaluate(
      (host) =>
        ['touches-total', 'touches-call'].map((metric) => {
          const el = document.querySelector(host)?.shadowRoot?.querySelector(`[data-metric="${metric}"]`);
          return el?.closest('[aria-live]')?.getAttribute('aria-live') ?? null;
        }),
      PANEL,
    );
    expect(live).toEqual(['polite', 'polite']);
    await page.locator(`${PANEL} [data-action="undo"]`).click();
    await page.close();
  });
});

/** Computed colours in the panel, from the shadow root: `[selector, property]` pairs, first match each. */
function colours(page: Page, wanted: [string, string][]): Promise<string[]> {
  return page.evaluate(
    ({ host, wanted }) => {
      const root = document.querySelector(host)?.shadowRoot;
      return wanted.map(([selector, property]) => {
        const el = root?.querySelector(selector);
        return el ? getComputedStyle(el).getPropertyValue(property) : '';
      });
    },
    { host: PANEL, wanted },
  );
}

describe('media features', { timeout: 90_000 }, () => {
  it('turns the panel dark with prefers-color-scheme: dark, text still readable', async () => {
    const page = await openReady('hubspot-contact');
    const panelColours = () =>
      colours(page, [
        ['.tl-panel', 'background-color'],
        ['.tl-panel', 'color'],
      ]);
    await page.emulateMedia({ colorScheme: 'light' });
    const [lightBg = '', lightText = ''] = await panelColours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const [darkBg = '', darkText = ''] = await panelColours();
    expect(darkBg).not.toBe(lightBg);
    expect(darkText).not.toBe(lightText);
    // Dark means the background is now the darker of the two colours, not merely different.
    expect(contrastRatio(darkBg, 'rgb(0, 0, 0)')).toBeLessThan(contrastRatio(lightBg, 'rgb(0, 0, 0)'));
    expect(contrastRatio(darkText, darkBg)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('stops animations and transitions with prefers-reduced-motion: reduce', async () => {
    const page = await openStub('pipedrive-contact', LOADING_BODY);
    await waitForState(page, 'reading', false);
    const moving = () =>
      page.evaluate((host) => {
        const all = Array.from(document.querySelector(host)?.shadowRoot?.querySelectorAll('*') ?? []);
        return all
          .filter((el) => {
            const style = getComputedStyle(el);
            const transition = style.transitionDuration.split(',').some((d) => Number.parseFloat(d) > 0);
            return style.animationName !== 'none' || transition;
          })
          .map((el) => el.className);
      }, PANEL);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // The reading skeleton pulses: proof that this check sees an animation when there is one.
    expect((await moving()).length).toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await moving()).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'draws channel bars and deal warnings at WCAG AA contrast (%s)',
    async (scheme) => {
      const contact = await openReady('hubspot-contact');
      await contact.emulateMedia({ colorScheme: scheme });
      const bars = await contact.evaluate((host) => {
        const root = document.querySelector(host)?.shadowRoot;
        const panelBg = getComputedStyle(root?.querySelector('.tl-panel') as Element).backgroundColor;
        return Array.from(root?.querySelectorAll('.tl-bar') ?? []).map((bar) => ({
          bar: getComputedStyle(bar).backgroundColor,
          track: getComputedStyle(bar.parentElement as Element).backgroundColor,
          panelBg,
        }));
      }, PANEL);
      await contact.close();
      expect(bars.length).toBe(5);
      // WCAG 1.4.11 (non-text contrast, AA): a bar against what it sits on, at least 3:1.
      for (const { bar, track, panelBg } of bars) {
        expect(contrastRatio(bar, track), `${bar} on ${track}`).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(bar, panelBg), `${bar} on ${panelBg}`).toBeGreaterThanOrEqual(3);
      }

      const deal = await openReady('salesforce-deal');
      await deal.emulateMedia({ colorScheme: scheme });
      const [text = '', background = ''] = await colours(deal, [
        ['.tl-warning', 'color'],
        ['.tl-warning', 'background-color'],
      ]);
      await deal.close();
      expect(text).not.toBe('');
      // WCAG 1.4.3 (text contrast, AA): 4.5:1 for the warning's text on its background.
      expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
