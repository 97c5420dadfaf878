// As `npm run inspect` runs: the page's DOM is its own happy-dom window, with no DOM globals
// around it, so an adapter leaning on a global (Node, Element …) fails here as it does there.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/index';
import { inspectPage } from '../../../scripts/inspect-page';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../fixtures/fixture-files';

const fixtures = fixtureFiles();

describe('every adapter against every fixture', () => {
  it.each(fixtures.map((f) => [`${f.crm}/${f.name}`, f] as const))('%s reads exactly as expected', (_, fixture) => {
    expect(existsSync(fixture.expectedPath), `${fixture.expectedPath} is missing`).toBe(true);
    const expected = JSON.parse(readFileSync(fixture.expectedPath, 'utf8'));
    expect(inspectPage(fixture.html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE).output).toEqual(expected);
  });

  it.each(ADAPTERS.map((a) => [a.crm]))('%s has a contact and a deal fixture it reads', (crm) => {
    const read = fixtures
      .filter((f) => f.crm === crm)
      .map((f) => inspectPage(f.html, f.url, FIXTURE_NOW, FIXTURE_ZONE))
      .filter((o) => o.exitCode === 0)
      .map((o) => o.output.kind);
    expect(read).toContain('contact');
    expect(read).toContain('deal');
  });

  it("no adapter claims another CRM's fixture", () => {
    for (const fixture of fixtures) {
      const url = new URL(fixture.url);
      const claimed = ADAPTERS.filter((a) => a.handlesHost(url)).map((a) => a.crm);
      expect(claimed).toEqual([fixture.crm]);
    }
  });
});
