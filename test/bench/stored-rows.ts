import { activityFromReading, mergeActivity } from '../../lib/db/page-activities';
import { contactFromReading, dealFromReading } from '../../lib/db/page-records';
import { recordKey } from '../../lib/keys';
import { type Activity, activitySchema } from '../../lib/schema/activity';
import type { ReadOk } from '../../lib/schema/read-result';
import { type Contact, contactSchema, type Deal, dealSchema } from '../../lib/schema/record';

/** The user's zone in the extension: the test browser runs with TZ=UTC (test/browser/harness.ts). */
const TIME_ZONE = 'UTC';

export interface StoredRows {
  contacts: Contact[];
  deals: Deal[];
  activities: Activity[];
}

/**
 * The rows saveReading (lib/db/save-reading.ts) leaves after saving these readings, in order, into
 * an empty cache: the same key and merge functions, without IndexedDB. Every row is checked
 * against the schemas the cache parses on read, so none would be dropped as invalid.
 */
export function storedRows(readings: ReadOk[], now: Date): StoredRows {
  const contacts = new Map<string, Contact>();
  const deals = new Map<string, Deal>();
  const activities = new Map<string, Activity>();
  for (const result of readings) {
    const key = recordKey(result);
    if (result.kind === 'contact') contacts.set(key, contactFromReading(result, key, contacts.get(key), now));
    else deals.set(key, dealFromReading(result, key, deals.get(key), now));
    for (const reading of result.activities) {
      const activity = activityFromReading(result, key, reading, TIME_ZONE);
      activities.set(activity.key, mergeActivity(activities.get(activity.key), activity));
    }
  }
  const rows = { contacts: [...contacts.values()], deals: [...deals.values()], activities: [...activities.values()] };
  assertValid(rows);
  return rows;
}

function assertValid(rows: StoredRows): void {
  const bad = [
    ...rows.contacts.filter((row) => !contactSchema.safeParse(row).success),
    ...rows.deals.filter((row) => !dealSchema.safeParse(row).success),
    ...rows.activities.filter((row) => !activitySchema.safeParse(row).success),
  ];
  if (bad.length > 0) throw new Error(`${bad.length} built rows fail the cache's schemas, e.g. ${bad[0]?.key}`);
}
