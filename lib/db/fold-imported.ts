import type { Activity } from '../schema/activity';
import { type FoldedRow, fetchTouched, type SaveTx } from './batch-work';
import { writeWork } from './batch-write';
import { contactOf, foldPerson } from './fold-person';
import { ORIGIN } from './logged-touches';
import { importedHubspotFolds } from './same-person';

/** The people a backup import brought into the cache, noted row by row as it wrote them. */
export interface ImportedPeople {
  /** The HubSpot contacts of the file, by portal. */
  hubspot: Map<string, Set<string>>;
  /** Salesforce Leads and the Contact a Task or Event of the file shows each was converted into. */
  converted: Map<string, string>;
}

/**
 * Folds the people a backup import brought together by the rules a page save folds them by
 * (same-person.ts): a HubSpot contact and the one of its portal with its address and name read
 * after it, a Salesforce Lead and the Contact a Task or Event stored with both shows it was
 * converted into. Both records stored, the rows and record of the one merged away go to the other
 * (fold-person.ts), so an older backup restored after a fold, or a newer one restored where only the
 * merged-away record was read, leaves one person and every touch once. In the caller's transaction,
 * once per import; `pageZone` keys date-only items as the pages were read. Resolves to the logged
 * touches the folds changed, as they are now, by key, and where each row moved off a folded record
 * went (the import's report counts a row merged into one already there as already there).
 */
export async function foldImportedPeople(
  tx: SaveTx,
  people: ImportedPeople,
  pageZone: string,
): Promise<{ logged: Map<string, Activity>; rows: Map<string, FoldedRow> }> {
  const work = await fetchTouched(tx, [], [], []);
  work.foldedRows = new Map();
  const folds = [...people.converted];
  for (const [tenant, keys] of people.hubspot) folds.push(...(await importedHubspotFolds(work, tenant, keys)));
  for (const [from, to] of folds) {
    // Both still stored (neither folded by an earlier fold of this import, nor known only from rows).
    if ((await contactOf(work, from)) && (await contactOf(work, to))) await foldPerson(work, from, to, pageZone);
  }
  await writeWork(work);
  return {
    logged: new Map([...work.changedActivities].filter(([, row]) => row.origin === ORIGIN)),
    rows: work.foldedRows,
  };
}
