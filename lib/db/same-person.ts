import { samePersonName } from '../locale/same-person-name';
import type { Activity } from '../schema/activity';
import type { ReadOk } from '../schema/read-result';
import { type Contact, contactSchema, type Deal } from '../schema/record';
import type { Working } from './batch-work';
import { contactOrg, emailTellsConversion, leadOrg, tellsConversion } from './converted-lead';
import { normalAddress } from './email-address';
import { contactOf } from './fold-person';
import { mergedByTimeline } from './merged-timeline';
import { parseRows } from './rows';

interface ContactReading {
  result: ReadOk;
  pageKey: string;
  incoming: readonly Activity[];
}

/**
 * The stored contacts a contact page just read shows to be the person it is, under another CRM
 * id: their rows and record then fold into this page's (fold-person.ts). Only where the page says
 * enough to know:
 * - HubSpot keeps one contact per email address in a portal (the address is a contact's primary
 *   identifier and the CRM de-duplicates by it; HubSpot's contacts documentation): another
 *   stored contact of the portal with the email this page shows (letter case aside) was merged
 *   into this one, whose page now lists its touches too. A merge keeps the primary record's own
 *   address, so the merged-away record, under another one, is known by its activities the page
 *   lists instead (merged-timeline.ts).
 * - Salesforce: an activity id this Contact's page shows that is stored with a Lead of the org was
 *   moved to the Contact when the Lead was converted (a Task or Event names one Lead or Contacts,
 *   never both; an email may name both, so it tells a conversion only where the Lead has this
 *   Contact's address and name: converted-lead.ts), and Salesforce moves all the Lead's
 *   activities with it.
 * Pipedrive is left out: a person there may have several email addresses and two persons may
 * share one (nothing in crm-pages.md or crm-evidence-2.md says otherwise), so an address says
 * nothing of a merge.
 */
export async function samePersonElsewhere(
  work: Working,
  reading: ContactReading,
  /** The page's record as stored before this reading. */
  before: Contact | Deal | undefined,
): Promise<string[]> {
  const { result, pageKey } = reading;
  if (result.kind !== 'contact') return [];
  if (result.crm === 'hubspot') {
    const address = normalAddress(result.record.email);
    // Stored with this address already, the contact met every other one of it when it was saved (or
    // that one, saved later, took it in, or a backup import brought them together and folded them:
    // importedHubspotFolds): no need to read the portal's contacts on every visit.
    const known = !address || (before?.kind === 'contact' && normalAddress(before.email) === address);
    const byAddress = known ? [] : await sameEmail(work, result.tenant, pageKey, address, result.record.name);
    const byTimeline = await mergedByTimeline(work, pageKey, result.record.name, reading.incoming);
    return [...new Set([...byAddress, ...byTimeline])];
  }
  const org = result.crm === 'salesforce' ? contactOrg(pageKey) : undefined;
  if (!org) return [];
  const leads = new Set<string>();
  for (const item of reading.incoming) {
    for (const key of work.activities.get(item.key)?.contactKeys ?? []) {
      if (leadOrg(key) !== org || leads.has(key)) continue;
      if (tellsConversion(item.sourceId)) leads.add(key);
      else {
        const lead = await contactOf(work, key);
        if (lead && emailTellsConversion(item.sourceId, lead, result.record)) leads.add(key);
      }
    }
  }
  return [...leads];
}

/**
 * The other stored HubSpot contacts of the portal with this email address, as the batch has them,
 * and the same person's name however spelt ("Sam Rivera", "Rivera, Samuel"): an address misread
 * off a page (another item's "Email" row) must never fold two people into one, which a count
 * twice over does less harm than.
 */
async function sameEmail(
  work: Working,
  tenant: string,
  pageKey: string,
  address: string,
  name: string,
): Promise<string[]> {
  const ofAddress = (await storedByAddress(work, tenant)).get(address) ?? [];
  // Only rows of this address are parsed: a portal may hold thousands of contacts.
  const contacts = new Map(
    parseRows(contactSchema, 'contacts', ofAddress, []).map((contact) => [contact.key, contact]),
  );
  // The batch's own changes: a record an earlier reading wrote, or folded away (undefined).
  for (const [key, record] of work.records) {
    if (record === undefined) contacts.delete(key);
    else if (record.kind === 'contact' && record.crm === 'hubspot' && record.tenant === tenant)
      contacts.set(key, record);
  }
  return [...contacts.values()]
    .filter(
      (contact) =>
        contact.key !== pageKey && normalAddress(contact.email) === address && samePersonName(contact.name, name),
    )
    .map((contact) => contact.key);
}

/**
 * The folds (from, to) a backup import brought about in a HubSpot portal, by the rule above: of the
 * stored contacts sharing an address with one of `imported`, each read before the one read last and
 * with the same person's name folds into that one. A merged-away contact's page is gone, so a page
 * read after the merge is the surviving record's: the one read last is the record the CRM kept.
 * Reads the portal's contacts once, whatever the number of rows the import wrote.
 */
export async function importedHubspotFolds(
  work: Working,
  tenant: string,
  imported: ReadonlySet<string>,
): Promise<[string, string][]> {
  const folds: [string, string][] = [];
  for (const rows of (await storedByAddress(work, tenant)).values()) {
    if (rows.length < 2 || !rows.some((row) => imported.has((row as { key?: unknown }).key as string))) continue;
    const [kept, ...others] = parseRows(contactSchema, 'contacts', rows, work.invalid).sort(
      (a, b) => Date.parse(b.lastReadAt) - Date.parse(a.lastReadAt),
    );
    // Two read at the same time (both known from CRM exports) do not say which the CRM kept.
    for (const other of others)
      if (kept && Date.parse(other.lastReadAt) < Date.parse(kept.lastReadAt) && samePersonName(other.name, kept.name))
        folds.push([other.key, kept.key]);
  }
  return folds;
}

/** The portal's stored contact rows by address, as the batch began: read once per batch, not per reading. */
const STORED_BY_ADDRESS = new WeakMap<Working, Map<string, Promise<Map<string, unknown[]>>>>();

function storedByAddress(work: Working, tenant: string): Promise<Map<string, unknown[]>> {
  const tenants = STORED_BY_ADDRESS.get(work) ?? new Map<string, Promise<Map<string, unknown[]>>>();
  STORED_BY_ADDRESS.set(work, tenants);
  let stored = tenants.get(tenant);
  if (!stored) {
    stored = work.tx
      .objectStore('contacts')
      .index('byTenant')
      .getAll(['hubspot', tenant])
      .then((rows: unknown[]) => {
        const byAddress = new Map<string, unknown[]>();
        for (const row of rows) {
          const address = normalAddress((row as { email?: unknown }).email);
          if (address) byAddress.set(address, [...(byAddress.get(address) ?? []), row]);
        }
        return byAddress;
      });
    tenants.set(tenant, stored);
  }
  return stored;
}
