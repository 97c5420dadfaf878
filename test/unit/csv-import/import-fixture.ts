import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { type ImportJob, runImport } from '../../../lib/csv-import/run-import';
import { openTouchlineDb } from '../../../lib/db/open';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Crm } from '../../../lib/schema/activity';
import type { Contact } from '../../../lib/schema/record';

export const CLOCK = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'Europe/Berlin' };

let opened = 0;
export function freshDb(): Promise<TouchlineDb> {
  opened += 1;
  return openTouchlineDb(`touchline-csv-${opened}-${Math.random().toString(36).slice(2)}`);
}

export function fixture(name: string): string {
  return readFileSync(resolve(__dirname, '../../fixtures/csv', name), 'utf8');
}

/** What the team page does with a dropped file: preview, detect, then import. */
export async function importText(
  db: TouchlineDb,
  crm: Crm,
  tenant: string,
  text: string,
  extra: Partial<ImportJob> = {},
) {
  const prepared = prepareMapping(crm, await previewCsv(text, 21));
  return runImport({ db, crm, tenant, input: text, mapping: prepared.mapping, clock: CLOCK, ...extra });
}

export async function dump(db: TouchlineDb) {
  return (await db.getAll('activities')).sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** A contact a page reading once stored, with its email: what the import links rows without ids to. */
export function cachedContact(crm: Crm, tenant: string, id: string, email: string): Contact {
  return {
    key: `${crm}:${tenant}:contact:${id}`,
    crm,
    tenant,
    kind: 'contact',
    recordId: id,
    name: `Contact ${id}`,
    email,
    lastReadAt: '2026-11-19T10:00:00.000Z',
  };
}
