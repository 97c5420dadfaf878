import { definedOnly } from '../db/objects';
import { shownOpen } from '../db/shown-open';
import { unitedStageHistory } from '../db/stage-history';
import { storedCloseDateWrong } from '../db/stored-close-date-wrong';
import type { Contact, Deal } from '../schema/record';

/**
 * Fields that say what the newest reading of the page showed, not what the record is: the newer
 * copy's word stands, present or absent (a newer reading that read the timeline whole cleared
 * them; an older copy's bound of how far back its feed was loaded says nothing of the newer's).
 */
const OF_THE_NEWEST_READING: ReadonlySet<string> = new Set(['newestTouchesMayBeUnread', 'newestReadingLoadedBackTo']);

/**
 * Two copies of one contact or deal as one, as one browser that read both pages holds it
 * (lib/db/page-records.ts mergeRecord): the newer copy's fields, and the older's where the newer
 * has none (a page that did not show the phone or the amount left them as they were). A deal's
 * stage histories are united, since the older copy can know the deal was in its stage long before
 * the newer one first saw it; a newer copy that shows the stage and no closed marker is open, as a
 * page that shows them so reopens the deal. A won or lost deal takes no close date from an older
 * copy that cannot be the day it was won or lost (an open deal's expected close date:
 * storedCloseDateWrong, the rule a won or lost reading applies to the stored deal; stored copies
 * keep no notRead, so no reasons are passed).
 * Whether the newest reading may have missed the newest touches, and how far back its feed was
 * loaded, are the newer copy's alone (OF_THE_NEWEST_READING): an import neither sets nor clears them. Fields keep the newer copy's
 * order, so a copy that gains nothing is unchanged.
 */
export function newerRecordOver<T extends Contact | Deal>(newer: T, older: T): T {
  const merged: Record<string, unknown> = { ...definedOnly(newer) };
  const reopened = shownOpen(newer);
  for (const [field, value] of Object.entries(definedOnly(older))) {
    if (!(field in merged) && !(reopened && field === 'closed') && !OF_THE_NEWEST_READING.has(field))
      merged[field] = value;
  }
  if (newer.kind === 'deal' && older.kind === 'deal') {
    merged.stageHistory = unitedStageHistory(newer.stageHistory, older.stageHistory);
    if (storedCloseDateWrong(newer, older, undefined)) delete merged.closeDate;
  }
  return merged as T;
}
