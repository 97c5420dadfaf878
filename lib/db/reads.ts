import { recordKeyOf } from '../keys';
import { type Activity, activitySchema } from '../schema/activity';
import { type Contact, contactSchema, type Deal, dealSchema } from '../schema/record';
import { withMergeTargets } from './merge-targets';
import { type InvalidRow, parseRow, parseRows } from './rows';
import type { StoreName, TouchlineDb } from './schema';
import type { StageSummary } from './stage-summary-schema';
import { readPipelineSummaries } from './stage-summary-store';
import { eachRequest, runTransaction } from './transaction';

/** Reads go through indexes only: one record's data never costs a scan of the whole cache. */
export interface ContactData {
  contact: Contact | undefined;
  activities: Activity[];
  invalid: InvalidRow[];
}

export interface DealData {
  deal: Deal | undefined;
  /** The deal's activities and those of each of its contacts, each once. */
  activities: Activity[];
  /** The deal's contacts Touchline has stored (some may never have been opened). */
  contacts: Contact[];
  /**
   * The per-stage summaries of the deal's CRM account and pipeline, for typical time in stage and
   * conversion: a few rows however many deals are stored (their zone may need summariesInZone).
   */
  summaries: StageSummary[];
  invalid: InvalidRow[];
}

/** A contact and its activities, with the page copies its logged touches were merged into (mergeTargetsMissing). */
export function readContactData(db: TouchlineDb, contactKey: string): Promise<ContactData> {
  return runTransaction(db, ['contacts', 'activities'], 'readonly', 'read', async (tx) => {
    const invalid: InvalidRow[] = [];
    const activities = tx.objectStore('activities');
    const [contactRow, activityRows] = await Promise.all([
      tx.objectStore('contacts').get(contactKey),
      activities.index('byContact').getAll(contactKey),
    ]);
    const contact = parseRow(contactSchema, 'contacts', contactRow, invalid, contactKey);
    const rows = parseRows(activitySchema, 'activities', await withMergeTargets(activities, activityRows), invalid);
    // In key order, as the index gives a record's own rows (and a save's summary gives them all).
    return { contact, activities: rows.sort((a, b) => (a.key < b.key ? -1 : 1)), invalid };
  });
}

/**
 * A deal, its activities and its contacts' (each once), with the page copies their logged touches
 * were merged into when these rows do not hold them: a copy first read on another deal's timeline,
 * naming nobody, is the counted copy of a touch logged on this deal or its contact (mergeTargetsMissing).
 */
export function readDealData(db: TouchlineDb, dealKey: string): Promise<DealData> {
  // Tests open older versions (OpenOptions.version) to compare views across an upgrade: a database
  // before version 4 has no summaries.
  const summarised = db.objectStoreNames.contains('stageSummaries');
  const stores: StoreName[] = ['contacts', 'deals', 'activities', ...(summarised ? ['stageSummaries' as const] : [])];
  return runTransaction(db, stores, 'readonly', 'read', async (tx) => {
    const invalid: InvalidRow[] = [];
    const deal = parseRow(dealSchema, 'deals', await tx.objectStore('deals').get(dealKey), invalid, dealKey);
    if (!deal) return { deal, activities: [], contacts: [], summaries: [], invalid };
    const contactKeys = deal.contacts.map((c) => recordKeyOf(deal.crm, deal.tenant, 'contact', c.id));
    const activities = tx.objectStore('activities');
    const [dealRows, contactRows, storedContacts, summaries] = await Promise.all([
      activities.index('byDeal').getAll(dealKey),
      eachRequest(contactKeys, (key) => activities.index('byContact').getAll(key)),
      eachRequest(contactKeys, (key) => tx.objectStore('contacts').get(key)),
      summarised ? readPipelineSummaries(tx, deal, invalid) : [],
    ]);
    const own = uniqueRows([dealRows, ...contactRows].flat());
    return {
      deal,
      activities: parseRows(activitySchema, 'activities', await withMergeTargets(activities, own), invalid),
      contacts: parseRows(contactSchema, 'contacts', storedContacts.filter(Boolean), invalid),
      summaries,
      invalid,
    };
  });
}

/** One rep's activities in [from, to), oldest first: for manager views over the whole cache. */
export function readActivitiesByOwner(db: TouchlineDb, owner: string, from: Date, to: Date) {
  return runTransaction(db, ['activities'], 'readonly', 'read', async (tx) => {
    const invalid: InvalidRow[] = [];
    const range = IDBKeyRange.bound([owner, from.toISOString()], [owner, to.toISOString()], false, true);
    const rows = await tx.objectStore('activities').index('byOwnerTime').getAll(range);
    return { activities: parseRows(activitySchema, 'activities', rows, invalid), invalid };
  });
}

function uniqueRows<T extends { key: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((row) => [row.key, row])).values()];
}
