import { currentStage, sortedHistory } from '../../metrics/stage-time';
import type { DealImportRow } from '../../schema/deal-import';
import type { Deal } from '../../schema/record';

/**
 * Whether a deal export's row shows the deal as it was before what an earlier export stored. An
 * export prints no date of its own, so the row's age is read from what it dates:
 * - an open row of a stored closed deal is older (deals rarely reopen), and a closed row of a
 *   stored open deal newer (a won or lost export is the newer word, as for a page-read deal);
 * - of two closed copies, the one closed on an earlier day is older;
 * - a row in another stage than the stored one is older when it dates its entry into that stage
 *   no later than the stored latest stay began: the deal has since moved on (a move back would
 *   be dated after). The latest stay's earliest beginning counts (`after`, for a stage an import
 *   saw first without a date; one with nothing known before it bounds nothing).
 * A row that dates nothing of the kind is not older: files are then taken in the order imported.
 */
export function isOlderExport(row: DealImportRow, stored: Deal): boolean {
  if (stored.closed && !row.closed) return true;
  if (row.closed && !stored.closed) return false;
  if (row.closed && row.closeDate && stored.closeDate && row.closeDate < stored.closeDate) return true;
  return enteredBeforeLatestStay(row, stored);
}

function enteredBeforeLatestStay(row: DealImportRow, stored: Deal): boolean {
  if (!row.stage || row.stage === currentStage(stored)) return false;
  const latest = sortedHistory(stored).at(-1);
  if (!latest || latest.firstSeen) return false;
  const began = Date.parse(latest.after ?? latest.enteredAt);
  const entered = row.entries.filter((entry) => entry.stage === row.stage).map((entry) => Date.parse(entry.enteredAt));
  return entered.length > 0 && Math.max(...entered) <= began;
}
