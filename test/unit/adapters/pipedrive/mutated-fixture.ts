import { inspectPage } from '../../../../scripts/inspect-page';
import { FIXTURE_NOW, FIXTURE_ZONE, type FixtureFile, fixtureFiles } from '../../../fixtures/fixture-files';
import { loadPage } from '../../capture/page-window';

export function fixture(crm: string, name: string): FixtureFile {
  const found = fixtureFiles().find((f) => f.crm === crm && f.name === name);
  if (!found) throw new Error(`no fixture ${crm}/${name}`);
  return found;
}

/** Parse the saved page, let `change` edit the parsed copy (it must say it changed something), serialize it back. */
export function mutated(html: string, change: (doc: Document) => boolean | number): string {
  const page = loadPage(html, 'https://acme.pipedrive.com/');
  try {
    const changed = change(page.doc);
    if (!changed) throw new Error('the mutation changed nothing');
    return `<!DOCTYPE html>\n${page.doc.documentElement.outerHTML}`;
  } finally {
    page.close();
  }
}

export interface Reading {
  exitCode: number;
  status?: string;
  record: Record<string, unknown>;
  activities: Record<string, unknown>[];
  crmFigures?: Record<string, unknown>;
  notRead: { field: string; reason: string }[];
  reason?: string;
}

export function read(html: string, url: string): Reading {
  const { exitCode, output } = inspectPage(html, url, FIXTURE_NOW, FIXTURE_ZONE);
  return { exitCode, ...(output as Omit<Reading, 'exitCode'>) };
}
