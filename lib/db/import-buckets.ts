import type { IDBPObjectStore } from 'idb';
import { fileOrdinalOf, fileRowKey, isDuplicate, type MergeScope, type TouchCopy } from '../metrics/duplicate-rules';
import { hasTimeOfDay } from '../metrics/touch';
import { type Activity, activitySchema } from '../schema/activity';
import { getEach } from './bulk-requests';
import { unique } from './objects';
import type { DealContacts } from './people-of';
import { type InvalidRow, parseRows } from './rows';
import type { StoreName, TouchlineSchema } from './schema';
import { withinCountDrift } from './time-precision';
import { dealContactsOfTenant } from './touch-copies';

type ActivityStore = IDBPObjectStore<TouchlineSchema, StoreName[], 'activities', 'readwrite'>;

/**
 * The stored rows of the records the batch's new rows are with, bucketed by record and shape
 * (channel, direction, title): only rows in the same bucket can be the same touch. Only rows in
 * a bucket some new row is in are parsed, so merging a batch stays a short task on a big cache.
 * A contact's buckets also hold the rows of its deals that name no contact: a deal page that
 * names nobody stores its touches against the deal alone (contracts.md), and such a touch is with
 * the deal's contacts (metrics.md duplicate rule 3: "a contact of the same deal"). Who is on which
 * deal is read once per account and import (`dealsOfAccounts`, kept by the caller); the store's
 * transaction must include `deals`.
 */
export async function storedByRecord(
  store: ActivityStore,
  recordKeys: string[],
  wanted: Set<string>,
  invalid: InvalidRow[],
  dealsOfAccounts: DealsOfAccounts = new Map(),
): Promise<Buckets> {
  const contacts = recordKeys.filter(isContact);
  const dealsOfContact = await dealsOf(store, contacts, dealsOfAccounts);
  const deals = unique([...recordKeys.filter((key) => !isContact(key)), ...[...dealsOfContact.values()].flat()]);
  const [contactRows, dealRows] = await Promise.all([
    getEach(store.index('byContact'), contacts, 'getAll'),
    getEach(store.index('byDeal'), deals, 'getAll'),
  ]);
  const rowsOf = new Map<string, unknown[]>([
    ...contacts.map((key, i) => [key, contactRows[i] as unknown[]] as const),
    ...deals.map((key, i) => [key, dealRows[i] as unknown[]] as const),
  ]);
  const buckets: Buckets = new Map();
  const file = (key: string, rows: unknown[]) => {
    const candidates = rows.filter((raw) => wanted.has(bucketOf(key, raw as Partial<Activity>)));
    for (const row of parseRows(activitySchema, 'activities', candidates, invalid)) addTo(buckets, key, row);
  };
  for (const key of recordKeys) file(key, rowsOf.get(key) ?? []);
  for (const [contact, ofContact] of dealsOfContact) {
    for (const deal of ofContact) file(contact, (rowsOf.get(deal) ?? []).filter(namesNobody));
  }
  return buckets;
}

/** `crm:tenant` → each stored deal's contacts, as an import first read them. */
export type DealsOfAccounts = Map<string, DealContacts>;

/** Contact key → the keys of the stored deals it is on. */
async function dealsOf(
  store: ActivityStore,
  contacts: string[],
  known: DealsOfAccounts,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const wanted = new Set(contacts);
  for (const account of unique(contacts.map((key) => key.slice(0, key.lastIndexOf(CONTACT))))) {
    let ofAccount = known.get(account);
    if (!ofAccount) {
      const [crm = '', ...tenant] = account.split(':');
      ofAccount = await dealContactsOfTenant(store.transaction, crm, tenant.join(':'));
      known.set(account, ofAccount);
    }
    for (const [deal, ofDeal] of ofAccount) {
      for (const contact of ofDeal) if (wanted.has(contact)) found.set(contact, [...(found.get(contact) ?? []), deal]);
    }
  }
  return found;
}

function namesNobody(raw: unknown): boolean {
  return (raw as Partial<Activity>).contactKeys?.length === 0;
}

export type Buckets = Map<string, Activity[]>;

export function bucketOf(record: string, activity: Partial<Activity>): string {
  return [record, activity.channel, activity.direction, activity.title].join('\u0000');
}

/**
 * The buckets a row may meet a stored copy in: its own, and, when its direction is known, that of
 * rows whose direction was not known (a page that showed none, an export from before its CRM's
 * direction was read): the import fills it in (fillIn), so such a row is that touch too; and that of
 * the other direction, where one of the two copies only presumed it (an export stating none:
 * duplicate-rules.ts sameDirection, which sameTouchStored asks).
 */
export function bucketsOf(record: string, activity: Partial<Activity>): string[] {
  const own = bucketOf(record, activity);
  if (!activity.direction || activity.direction === 'unknown') return [own];
  const other = activity.direction === 'inbound' ? 'outbound' : 'inbound';
  return [own, ...(['unknown', other] as const).map((direction) => bucketOf(record, { ...activity, direction }))];
}

/** Files a row (again) in its bucket, out of the one it was in before its direction was filled in. */
export function addTo(buckets: Buckets, record: string, row: Activity): void {
  for (const bucket of bucketsOf(record, row)) {
    const rows = buckets.get(bucket)?.filter((r) => r.key !== row.key);
    if (rows) buckets.set(bucket, rows);
  }
  const bucket = bucketOf(record, row);
  buckets.set(bucket, [...(buckets.get(bucket) ?? []), row]);
}

/**
 * A stored page or import row that is the same touch (duplicate rules, a counted time compared to
 * the minute), never a logged touch: of several, the earliest (then the smallest key), as
 * metrics.md has a touch join "the group of the earliest touch it duplicates"; the first met would
 * depend on the buckets' order, which differs between a first import (file order) and a second
 * (index order), so importing a file again could end another touch. Failing that, the one stored
 * row whose time the page worked out from a count ("2 hours ago") and that is this row's touch but
 * for that time (countedCopy); with two such rows, which one is unknowable (as for the same-day
 * row, lib/db/same-day-row.ts) and none is taken (the panel still merges the row with one of them
 * at the count's precision: lib/metrics/duplicate-rules.ts comparedAtCount). A row met in several
 * buckets (its contact's and its deal's) is one candidate: candidates are told apart by key.
 * A later row of one file with an earlier one's natural key (`<key>:n`, row-ordinal.ts) is another
 * touch than its file's other rows (duplicate rules: listed apart), and takes a stored copy only
 * where the file's earlier rows left one (laterInFile).
 */
export function sameTouchStored(row: Activity, buckets: Buckets, timeZone: string): Activity | undefined {
  const copy = copyOf(row);
  if (!copy) return undefined;
  const matches: Match[] = [];
  const counted = new Map<string, Activity>();
  const met = new Map<string, Activity>();
  for (const record of recordsOf(row)) {
    for (const stored of bucketsOf(record, row).flatMap((bucket) => buckets.get(bucket) ?? [])) {
      if (stored.origin === 'logged-in-touchline' || stored.mergedInto) continue;
      met.set(stored.key, stored);
      // A direction not known is no difference: compared as the row's.
      const other = copyOf(stored.direction === 'unknown' ? { ...stored, direction: row.direction } : stored);
      if (!other) continue;
      // A stored row naming nobody is in a contact's bucket as a touch on one of its deals (storedByRecord).
      const scope: MergeScope = { timeZone, countToTheMinute: true };
      if (stored.contactKeys.length === 0) scope.scopeKey = record;
      if (matches.some((m) => m.copy.activity.key === stored.key)) continue;
      if (isDuplicate(other, copy, scope)) matches.push({ copy: { ...other, activity: stored }, scope });
      else if (countedCopy(other, copy, scope)) counted.set(stored.key, stored);
    }
  }
  matches.sort((a, b) => (isEarlier(a.copy, b.copy) ? -1 : isEarlier(b.copy, a.copy) ? 1 : 0));
  const ordinal = fileOrdinalOf(row);
  if (ordinal) return laterInFile(ordinal, matches, met);
  if (matches[0]) return matches[0].copy.activity;
  return counted.size === 1 ? [...counted.values()][0] : undefined;
}

/**
 * The stored copy the `n`th row of a file with one natural key is, as the duplicate rules group
 * them (lib/metrics/merge-duplicates.ts: each row joins the earliest touch no row listed apart
 * from it is in): the touches it matches, one per touch, earliest first; each earlier row of the
 * file took one, in file order (stored under its own key, the one it is the same touch as; else
 * the first left, as it did when imported), and this row takes the first one left. None left, it
 * is a touch of its own: a page copy of one dial never takes in all three. Never a counted copy:
 * which of the file's rows a count is, is unknowable.
 */
function laterInFile(
  ordinal: { base: string; n: number },
  matches: readonly Match[],
  met: ReadonlyMap<string, Activity>,
): Activity | undefined {
  const touches: Match[] = [];
  for (const match of matches) {
    if (!touches.some((t) => isDuplicate(t.copy, match.copy, match.scope))) touches.push(match);
  }
  const taken = new Set<Match>();
  for (let n = 1; n < ordinal.n; n++) {
    const stored = met.get(fileRowKey(ordinal.base, n));
    const earlier = stored && copyOf(stored);
    const left = touches.filter((t) => !taken.has(t));
    const took = earlier ? left.find((t) => isDuplicate(t.copy, earlier, t.scope)) : left[0];
    if (took) taken.add(took);
  }
  return touches.find((t) => !taken.has(t))?.copy.activity;
}

/** A stored copy the duplicate rules take for the row, and the scope they took it in. */
interface Match {
  copy: TouchCopy;
  scope: MergeScope;
}

function isEarlier(a: TouchCopy, b: TouchCopy): boolean {
  const by = a.at.getTime() - b.at.getTime();
  return by < 0 || (by === 0 && a.activity.key < b.activity.key);
}

/**
 * A page copy dated by a count and an export's time shown are one touch when they are by the
 * duplicate rules at the shown time and the count's drift covers the gap (decisions.md "Keys and
 * time": a counted time moves between visits).
 */
function countedCopy(counted: TouchCopy, shown: TouchCopy, scope: MergeScope): boolean {
  if (!counted.activity.relativeTime || shown.activity.relativeTime || !hasTimeOfDay(shown.activity)) return false;
  if (!withinCountDrift(counted.activity.timestamp ?? '', shown.activity.timestamp ?? '')) return false;
  return isDuplicate({ ...counted, at: shown.at }, shown, scope);
}

function copyOf(activity: Activity): TouchCopy | undefined {
  if (!activity.channel || !activity.timestamp) return undefined;
  return { activity, channel: activity.channel, at: new Date(activity.timestamp) };
}

export function recordsOf(activity: Activity): string[] {
  return [...activity.contactKeys, ...activity.dealKeys];
}

function isContact(recordKey: string): boolean {
  return !recordKey.includes(':deal:');
}

const CONTACT = ':contact:';
