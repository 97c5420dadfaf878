import type { Contact, Deal } from '../schema/record';
import { sortedHistory } from './stage-time';

/**
 * Whether any of the records is known to date from before `keptFrom` (what Touchline holds:
 * the retention cutoff, or a raised retention's mark): created before it, in a stage before it,
 * or last contacted before it by the CRM's own figures. Then a record with no kept touch may well
 * have had touches older than Touchline keeps, and "no touches yet" (or "never") would say more
 * than Touchline knows. A deal is given with its contacts: its last touch is theirs too.
 */
export function predatesKept(records: readonly (Contact | Deal)[], keptFrom: Date): boolean {
  return records.some((record) =>
    datesOf(record).some((date) => date !== undefined && Date.parse(date) < keptFrom.getTime()),
  );
}

function datesOf(record: Contact | Deal): (string | undefined)[] {
  return [
    record.crmFigures?.lastContacted,
    record.crmFigures?.lastActivity,
    ...(record.kind === 'contact'
      ? [record.createdAt]
      : record.stageHistory.flatMap((entry) => [entry.enteredAt, entry.after])),
  ];
}

/**
 * Whether the records are known to date wholly from within what Touchline keeps: where one began is
 * known (a contact's creation, a deal's oldest stage entry that is no mere sighting) and no date of
 * theirs is before `keptFrom`. Then retention cannot be why Touchline has less. A last contact or a
 * sighting says when something was, not that nothing came before it.
 */
export function withinKept(records: readonly (Contact | Deal)[], keptFrom: Date): boolean {
  return records.some((record) => startOf(record) !== undefined) && !predatesKept(records, keptFrom);
}

function startOf(record: Contact | Deal): string | undefined {
  if (record.kind === 'contact') return record.createdAt;
  const oldest = sortedHistory(record)[0];
  return oldest && !oldest.firstSeen ? (oldest.after ?? oldest.enteredAt) : undefined;
}
