import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../demo-crm/world';
import { fixtureFiles } from '../fixtures/fixture-files';
import { demoBrowser } from './demo-browser';
import { expectedContactValues, expectedDealValues } from './expected-values';
import { readMetrics, waitForPanel } from './harness';

/** The demo pages the fixtures snapshot: the panel on each must show what its fixture implies. */
const demoFixtures = fixtureFiles()
  .filter((f) => f.name.startsWith('demo-'))
  .map((f) => ({ ...f, expected: JSON.parse(readFileSync(f.expectedPath, 'utf8')) }));
// Contacts first: a deal view also counts its contacts' touches, which a fresh profile has not read yet.
const contacts = demoFixtures.filter((f) => f.expected.kind === 'contact');
const deals = demoFixtures.filter((f) => f.expected.kind === 'deal');

const demo = demoBrowser();

async function metricsAt(url: string): Promise<Record<string, string>> {
  const page = await demo.browser.context.newPage();
  await page.goto(url);
  await waitForPanel(page);
  const metrics = await readMetrics(page);
  await page.close();
  return metrics;
}

describe('the panel shows the numbers its page implies (metrics.md, worked out independently)', () => {
  it.each(contacts.map((f) => [`${f.crm}/${f.name}`, f] as const))('contact %s', async (_, fixture) => {
    const expected = expectedContactValues(fixture.expected.activities, new Date(FIXED_NOW));
    const shown = await metricsAt(fixture.url);
    expect(pick(shown, Object.keys(expected))).toEqual(expected);
  });

  it.each(deals.map((f) => [`${f.crm}/${f.name}`, f] as const))('deal %s', async (_, fixture) => {
    const expected = expectedDealValues(fixture.expected.record, new Date(FIXED_NOW));
    const shown = await metricsAt(fixture.url);
    expect(pick(shown, Object.keys(expected))).toEqual(expected);
    expect(shown['contacts-touched']).toMatch(/^\d+$/);
  });
});

function pick(values: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, values[k] ?? '(missing)']));
}
