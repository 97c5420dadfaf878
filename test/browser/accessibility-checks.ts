import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type TourStop, tourStop } from '../demo-crm/tour';
import { PANEL } from './harness';

export const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface AxeReport {
  /** Serious and critical violations: what the tests hold at zero. */
  blocking: AxeFinding[];
  /** Moderate and minor ones, for the note. */
  other: AxeFinding[];
  /** Rules that passed; with `inShadow`, proof that axe looked inside the panel's shadow root. */
  passed: string[];
  inShadow: boolean;
}

/**
 * Runs axe-core in the page (evaluated, so no page CSP stops it) over the panel's host and its
 * open shadow root, or over the whole page when `panelOnly` is false (extension pages).
 */
export async function runAxe(page: Page, panelOnly = true): Promise<AxeReport> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ host, panelOnly }) => {
      interface Node {
        target: unknown[];
      }
      interface Result {
        id: string;
        impact?: string | null;
        help: string;
        nodes: Node[];
      }
      const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<Record<string, Result[]>> } })
        .axe;
      const context = panelOnly ? { include: [[host]] } : document;
      const results = await axe.run(context, { resultTypes: ['violations'] });
      const finding = (r: Result) => ({
        rule: r.id,
        impact: r.impact ?? 'none',
        help: r.help,
        targets: r.nodes.map((n) => JSON.stringify(n.target)),
      });
      const violations = results.violations ?? [];
      const passes = results.passes ?? [];
      const serious = (r: Result) => r.impact === 'serious' || r.impact === 'critical';
      return {
        blocking: violations.filter(serious).map(finding),
        other: violations.filter((r) => !serious(r)).map(finding),
        passed: passes.map((r) => r.id),
        // A target crossing into a shadow root is a list of selectors, one per tree.
        inShadow: [...passes, ...violations].some((r) =>
          r.nodes.some((n) => Array.isArray(n.target[0]) || n.target.length > 1),
        ),
      };
    },
    { host: PANEL, panelOnly },
  );
}

/**
 * The panel root's state once it shows `state`; `whole` also waits for the full panel (not the first-numbers shell).
 * 45 s: the first page of a fresh profile on a shared, loaded machine can take over 30 s.
 */
export async function waitForState(page: Page, state: string, whole = true): Promise<void> {
  const root = `${PANEL} .touchline-root[data-state="${state}"]`;
  await page.locator(whole ? `${root}:not([data-parts="first"])` : root).waitFor({ timeout: 45_000 });
}

/** The extension's id, from its service worker's URL. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** WCAG 2 relative luminance and contrast ratio, from `rgb(r, g, b)` strings, as the spec defines them. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Opens demo record pages by tour stop name: shown ready, or a stub served at a record address. */
export function recordPages(context: () => BrowserContext, tour: () => TourStop[]) {
  const urlOf = (name: string) => tourStop(tour(), name).url;
  return {
    async openReady(name: string): Promise<Page> {
      const page = await context().newPage();
      await page.goto(urlOf(name));
      await waitForState(page, 'ready');
      return page;
    },
    /** The CRM's record address with another id, served with `body`: a page the adapter cannot read (yet). */
    async openStub(name: string, body: string): Promise<Page> {
      const url = urlOf(name).replace(/\/(\d+)(\/view)?$/, '/999001$2');
      const page = await context().newPage();
      await page.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><title>Record</title></head><body>${body}</body></html>`,
        }),
      );
      await page.goto(url);
      return page;
    },
  };
}

/** The panel is folded to its tab. */
export const isFolded = (page: Page) =>
  page
    .locator(`${PANEL} .tl-tab`)
    .count()
    .then((n) => n > 0);

/** A page that shows loading placeholders the Pipedrive adapter waits on: the panel stays `reading` for 15 s. */
export const LOADING_BODY = '<main aria-busy="true"><div class="skeleton">Loading</div></main>';
