import type { IDBPTransaction } from 'idb';
import { recordKey } from '../keys';
import { type Activity, activitySchema } from '../schema/activity';
import type { ReadOk } from '../schema/read-result';
import { type Contact, contactSchema, type Deal, dealSchema } from '../schema/record';
import { mergeLoggedTouches } from './logged-merge';
import { sameJson } from './objects';
import { activityFromReading, mergeActivity } from './page-activities';
import { contactFromReading, dealFromReading } from './page-records';
import { type InvalidRow, parseRow, parseRows } from './rows';
import type { PageReading, SaveSummary } from './save-reading';
import type { TouchlineSchema } from './schema';
import { eachRequest } from './transaction';

type SaveTx = IDBPTransaction<TouchlineSchema, ['contacts', 'deals', 'activities'], 'readwrite'>;

interface Prepared extends PageReading {
  pageKey: string;
  incoming: Activity[];
}

/** What the batch has read and changed, kept in memory until one write at the end. */
interface Working {
  records: Map<string, Contact | Deal | undefined>;
  activities: Map<string, Activity | undefined>;
  logged?: Map<string, Activity>;
  changedRecords: Map<string, Contact | Deal>;
  changedActivities: Map<string, Activity>;
  invalid: InvalidRow[];
}

/**
 * Saves readings in order inside one transaction with few round trips: every stored row the
 * batch touches is fetched at once, merged in memory reading by reading (so a later reading sees
 * an earlier one's rows, exactly as separate saves would), then written at once.
 */
export async function saveBatch(tx: SaveTx, readings: readonly PageReading[]): Promise<SaveSummary[]> {
  const prepared = readings.map(prepare);
  const work = await fetchTouched(tx, prepared);
  const summaries: SaveSummary[] = [];
  for (const reading of prepared) summaries.push(await apply(tx, work, reading));
  await Promise.all([
    eachRequest([...work.changedActivities.values()], (row) => tx.objectStore('activities').put(row)),
    eachRequest([...work.changedRecords.values()], (row) =>
      row.kind === 'contact' ? tx.objectStore('contacts').put(row) : tx.objectStore('deals').put(row),
    ),
  ]);
  return summaries;
}

function prepare(reading: PageReading): Prepared {
  const { result, timeZone } = reading;
  const pageKey = recordKey(result);
  const incoming = uniqueByKey(result.activities.map((item) => activityFromReading(result, pageKey, item, timeZone)));
  return { ...reading, pageKey, incoming };
}

async function fetchTouched(tx: SaveTx, prepared: Prepared[]): Promise<Working> {
  const invalid: InvalidRow[] = [];
  const activityKeys = [...new Set(prepared.flatMap((p) => p.incoming.map((a) => a.key)))];
  const contactKeys = [...new Set(prepared.filter((p) => p.result.kind === 'contact').map((p) => p.pageKey))];
  const dealKeys = [...new Set(prepared.filter((p) => p.result.kind === 'deal').map((p) => p.pageKey))];
  const [activityRows, contactRows, dealRows] = await Promise.all([
    eachRequest(activityKeys, (key) => tx.objectStore('activities').get(key)),
    eachRequest(contactKeys, (key) => tx.objectStore('contacts').get(key)),
    eachRequest(dealKeys, (key) => tx.objectStore('deals').get(key)),
  ]);
  const records = new Map<string, Contact | Deal | undefined>([
    ...contactKeys.map((key, i) => [key, parseRow(contactSchema, 'contacts', contactRows[i], invalid, key)] as const),
    ...dealKeys.map((key, i) => [key, parseRow(dealSchema, 'deals', dealRows[i], invalid, key)] as const),
  ]);
  const activities = new Map(
    activityKeys.map((key, i) => [key, parseRow(activitySchema, 'activities', activityRows[i], invalid, key)] as const),
  );
  return { records, activities, changedRecords: new Map(), changedActivities: new Map(), invalid };
}

async function apply(tx: SaveTx, work: Working, reading: Prepared): Promise<SaveSummary> {
  const invalid = work.invalid.splice(0);
  applyRecord(work, reading);
  const fresh: Activity[] = [];
  let updated = 0;
  for (const activity of reading.incoming) {
    const existing = work.activities.get(activity.key);
    const next = mergeActivity(existing, activity);
    if (!existing) fresh.push(next);
    if (sameJson(existing, next)) continue;
    if (existing) updated++;
    work.activities.set(next.key, next);
    work.changedActivities.set(next.key, next);
  }
  const mergedLogged = fresh.length > 0 ? await mergeLogged(tx, work, fresh, reading.timeZone, invalid) : [];
  return { recordKey: reading.pageKey, added: fresh.length, updated, mergedLogged, invalid };
}

function applyRecord(work: Working, { result, pageKey, now }: Prepared): void {
  const existing = work.records.get(pageKey);
  const next =
    result.kind === 'contact'
      ? contactFromReading(result, pageKey, existing as Contact | undefined, now)
      : dealFromReading(result, pageKey, existing as Deal | undefined, now);
  if (sameJson(existing, next)) return;
  work.records.set(pageKey, next);
  work.changedRecords.set(pageKey, next);
}

/** Touches logged in Touchline that the new page touches absorb (same record, channel, day). */
async function mergeLogged(tx: SaveTx, work: Working, fresh: Activity[], timeZone: string, invalid: InvalidRow[]) {
  if (!work.logged) {
    const rows = await tx.objectStore('activities').index('byOrigin').getAll('logged-in-touchline');
    work.logged = new Map(parseRows(activitySchema, 'activities', rows, invalid).map((row) => [row.key, row]));
  }
  const merged = mergeLoggedTouches([...work.logged.values()], fresh, timeZone);
  for (const touch of merged) {
    work.logged.set(touch.key, touch);
    work.changedActivities.set(touch.key, touch);
  }
  return merged.map((touch) => touch.key);
}

/** A page can list one item twice (or two items can share a hash key): they are one activity. */
function uniqueByKey(activities: Activity[]): Activity[] {
  const byKey = new Map<string, Activity>();
  for (const activity of activities) byKey.set(activity.key, mergeActivity(byKey.get(activity.key), activity));
  return [...byKey.values()];
}
