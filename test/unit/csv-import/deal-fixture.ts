import { prepareDealMapping } from '../../../lib/csv-import/deals/prepare';
import { type DealImportJob, runDealImport } from '../../../lib/csv-import/deals/run-deal-import';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Crm } from '../../../lib/schema/activity';
import { CLOCK } from './import-fixture';

/** What the team page does with a dropped deal export: preview, detect the deal columns, then import. */
export async function importDeals(
  db: TouchlineDb,
  crm: Crm,
  tenant: string,
  text: string,
  extra: Partial<DealImportJob> = {},
) {
  const prepared = prepareDealMapping(crm, await previewCsv(text, 21));
  return runDealImport({ db, crm, tenant, input: text, mapping: prepared.mapping, clock: CLOCK, ...extra });
}

export async function dealsOf(db: TouchlineDb) {
  return (await db.getAll('deals')).sort((a, b) => (a.key < b.key ? -1 : 1));
}
