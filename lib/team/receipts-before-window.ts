import { parseRows } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { eachRequest, runTransaction } from '../db/transaction';
import { receiptOf, sentSubject } from '../metrics/read-receipts';
import { type Activity, activitySchema } from '../schema/activity';
import type { KeepRows } from './kept-rows';

/**
 * The keys of the read receipts in the weeks read whose mail was sent before them ("Read: Pallet
 * pricing" in November of a mail sent in July): the weeks read do not hold that mail, so nothing
 * there marks the receipt automated (withReadReceipts) and it would answer the rep's latest email
 * as a reply. Only the contacts of a receipt that met no sending of its subject in the weeks read
 * are read, whole, through the contact index, as the contact's panel reads them (retention on read).
 */
export async function receiptsOfEarlierMails(input: {
  db: TouchlineDb;
  /** The weeks read's activities, with an owner or without. */
  activities: readonly Activity[];
  windowStart: Date;
  keep: KeepRows;
}): Promise<Set<string>> {
  const receipts = input.activities.filter((a) => receiptOf(a) !== undefined);
  if (receipts.length === 0) return new Set();
  const sent = sendings(input.activities);
  const open = receipts.filter((r) => !(sent.get(receiptOf(r) ?? '') ?? []).some((mail) => wentBefore(mail, r)));
  const contacts = [...new Set(open.flatMap((a) => a.contactKeys))];
  if (contacts.length === 0) return new Set();
  const rows = await runTransaction(input.db, ['activities'], 'readonly', 'read', (tx) => {
    const index = tx.objectStore('activities').index('byContact');
    return eachRequest(contacts, (key) => index.getAll(key));
  });
  const start = input.windowStart.toISOString();
  const sentBefore = new Map<string, Set<string>>();
  for (const [i, contact] of contacts.entries()) {
    // A damaged row is reported by the weeks read, or else left out here.
    const kept = await input.keep(parseRows(activitySchema, 'activities', rows[i] ?? [], []));
    const before = kept.filter((a) => a.timestamp !== undefined && a.timestamp < start);
    sentBefore.set(contact, new Set(before.flatMap((a) => sentSubject(a) ?? [])));
  }
  return new Set(
    open.filter((r) => r.contactKeys.some((key) => sentBefore.get(key)?.has(receiptOf(r) ?? ''))).map((r) => r.key),
  );
}

/** The weeks read's sent mails by subject. */
function sendings(activities: readonly Activity[]): Map<string, Activity[]> {
  const bySubject = new Map<string, Activity[]>();
  for (const a of activities) {
    const subject = sentSubject(a);
    if (subject === undefined) continue;
    const list = bySubject.get(subject);
    if (list) list.push(a);
    else bySubject.set(subject, [a]);
  }
  return bySubject;
}

/** Whether the mail went to one of the receipt's contacts by the receipt's time. */
function wentBefore(mail: Activity, receipt: Activity): boolean {
  return (
    (mail.timestamp ?? '') <= (receipt.timestamp ?? '') &&
    mail.contactKeys.some((key) => receipt.contactKeys.includes(key))
  );
}
