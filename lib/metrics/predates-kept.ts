import type { Contact, Deal } from '../schema/record';

/**
 * Whether the record is known to date from before the retention cutoff: created before it, in a
 * stage before it, or last contacted before it by the CRM's own figures. Then a record with no
 * kept touch may well have had touches older than Touchline keeps, and "no touches yet" (or
 * "never") would say more than Touchline knows.
 */
export function predatesKept(record: Contact | Deal, keptFrom: Date): boolean {
  const dates = [
    record.crmFigures?.lastContacted,
    record.crmFigures?.lastActivity,
    ...(record.kind === 'contact'
      ? [record.createdAt]
      : record.stageHistory.flatMap((entry) => [entry.enteredAt, entry.after])),
  ];
  return dates.some((date) => date !== undefined && Date.parse(date) < keptFrom.getTime());
}
