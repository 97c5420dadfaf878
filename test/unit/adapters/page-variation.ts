import type { ActivityReading } from '../../../lib/schema/activity';
import { inspectPage } from '../../../scripts/inspect-page';
import { FIXTURE_NOW, FIXTURE_ZONE, type FixtureFile, fixtureFiles } from '../../fixtures/fixture-files';

/** A saved fixture page, to change the way a real page plausibly differs from it. */
export function fixturePage(crm: string, name: string): FixtureFile {
  const found = fixtureFiles().find((f) => f.crm === crm && f.name === name);
  if (!found) throw new Error(`no fixture ${crm}/${name}`);
  return found;
}

/** The page with each replacement made; one that changes nothing throws, so a test cannot pass on an edit that missed. */
export function edited(html: string, ...pairs: [string | RegExp, string][]): string {
  return pairs.reduce((page, [from, to]) => {
    const next = page.replace(from, to);
    if (next === page) throw new Error(`replacement did not apply: ${String(from)}`);
    return next;
  }, html);
}

export interface Reading {
  exitCode: number;
  record: Record<string, unknown>;
  activities: (ActivityReading & { key: string })[];
  notRead: { field: string; reason: string }[];
}

/** What the extension reads from the page at the fixtures' clock and zone. */
export function readPage(html: string, url: string): Reading {
  const { exitCode, output } = inspectPage(html, url, FIXTURE_NOW, FIXTURE_ZONE);
  return { exitCode, ...(output as Omit<Reading, 'exitCode'>) };
}
