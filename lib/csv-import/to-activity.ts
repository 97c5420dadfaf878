import { printedOnOf } from '../db/time-precision';
import { activityKey } from '../keys';
import { type Activity, type ActivityReading, type Crm, channelOf } from '../schema/activity';
import type { Links } from './link-row';
import type { ImportRow } from './row-schema';

/**
 * An export row as a stored activity with `origin: 'import'`. The key is the one a page read of
 * the same activity gets (lib/keys.ts): the CRM id where the file has it, else the natural key
 * over the record it is with (its contact, else its deal), type, direction, title and time,
 * read in `zone`, the zone the file's dates were read in.
 */
export function activityFromRow(row: ImportRow, crm: Crm, tenant: string, links: Links, zone: string): Activity {
  const reading: ActivityReading = {
    type: row.type,
    direction: row.direction,
    timestamp: row.timestamp,
    timePrecision: row.timePrecision,
    title: row.title,
    automated: row.automated === true,
    ...(row.owner ? { owner: row.owner } : {}),
    ...(row.outcome ? { outcome: row.outcome } : {}),
    ...(row.planned !== undefined ? { planned: row.planned } : {}),
    ...(row.sourceId ? { sourceId: row.sourceId } : {}),
    ...(row.contactIds.length > 0 ? { contactIds: row.contactIds } : {}),
  };
  const channel = channelOf(row.type);
  const owningRecord = links.contactKeys[0] ?? links.dealKeys[0] ?? '';
  return {
    ...reading,
    ...(channel ? { channel } : {}),
    ...(row.directionPresumed ? { directionPresumed: true as const } : {}),
    key: activityKey(crm, tenant, owningRecord, reading, zone),
    ...printedOnOf(row, zone),
    crm,
    tenant,
    contactKeys: links.contactKeys,
    dealKeys: links.dealKeys,
    origin: 'import',
  };
}
