import { type ContactData, readContactData, readDealData } from '../db/reads';
import { keptActivities } from '../db/retention';
import type { InvalidRow } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { summariesInZone } from '../db/stage-summary-zone';
import { browserTimeZone } from '../db/time-precision';
import { buildContactView } from '../metrics/contact-view';
import { buildDealView } from '../metrics/deal-view';
import type { Activity } from '../schema/activity';
import type { Settings } from '../schema/settings';
import type { RecordView } from '../schema/view-model';

/** Tenants may hold colons (a host with a port); the kind is always the second-last part. */
const KIND = /:(contact|deal):[^:]+$/;

/**
 * A contact's view from its data as just saved (SaveSummary.saved), without reading it again.
 * Views count only what retention keeps (keptActivities), whether or not the pruning has run.
 */
export async function savedContactView(
  db: TouchlineDb,
  data: ContactData,
  context: { settings: Settings; now: Date; olderShown?: readonly Activity[] },
): Promise<RecordView | null> {
  if (!data.contact) return null;
  const activities = await keptActivities(db, data.activities, context.now, context.settings.retentionDays);
  return buildContactView({ ...context, contact: data.contact, activities, pageTimeZone: browserTimeZone() });
}

/** The view of one stored record, or null when Touchline has not stored it. */
export async function recordView(
  db: TouchlineDb,
  recordKey: string,
  context: {
    settings: Settings;
    now: Date;
    onInvalid: (rows: InvalidRow[]) => void;
    /** What the record's latest reading showed older than what is kept (buildContactView). */
    olderShown?: readonly Activity[];
  },
): Promise<RecordView | null> {
  const { settings, now, onInvalid, olderShown } = context;
  const kind = KIND.exec(recordKey)?.[1];
  if (kind === 'contact') {
    const { contact, activities, invalid } = await readContactData(db, recordKey);
    if (invalid.length > 0) onInvalid(invalid);
    const kept = await keptActivities(db, activities, now, settings.retentionDays);
    return contact
      ? buildContactView({ contact, activities: kept, settings, now, pageTimeZone: browserTimeZone(), olderShown })
      : null;
  }
  if (kind === 'deal') {
    const { deal, activities, contacts, summaries, invalid } = await readDealData(db, recordKey);
    if (invalid.length > 0) onInvalid(invalid);
    if (!deal) return null;
    const zoned = await summariesInZone(db, deal, summaries, settings.timeZone);
    const kept = await keptActivities(db, activities, now, settings.retentionDays);
    return buildDealView({
      deal,
      activities: kept,
      contacts,
      summaries: zoned,
      settings,
      now,
      pageTimeZone: browserTimeZone(),
    });
  }
  return null;
}
