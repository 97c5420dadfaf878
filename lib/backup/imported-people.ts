import { contactOrg, leadOrg, tellsConversion } from '../db/converted-lead';
import type { ImportedPeople } from '../db/fold-imported';
import type { RecordRow } from './format';

/** Nothing noted yet. */
export function noImportedPeople(): ImportedPeople {
  return { hubspot: new Map(), converted: new Map() };
}

/**
 * Notes what a row of the file says of the people the import brings (foldImportedPeople folds them
 * once every row is in): a HubSpot contact, by portal; a Salesforce Task or Event whose copies, the
 * file's and the stored one, name a Lead and one Contact of an org (converted-lead.ts: the Lead was
 * converted into the Contact). Every row of the file, kept as stored or not: an import cut off
 * before the folds and run again still folds. Only the row itself is looked at, never the store.
 */
export function noteImportedPeople(people: ImportedPeople, row: RecordRow, stored: unknown): void {
  if (row.store === 'contacts' && row.value.crm === 'hubspot') {
    const keys = people.hubspot.get(row.value.tenant) ?? new Set<string>();
    people.hubspot.set(row.value.tenant, keys.add(row.value.key));
    return;
  }
  if (row.store !== 'activities' || row.value.crm !== 'salesforce' || !tellsConversion(row.value.sourceId)) return;
  const keys = new Set([...row.value.contactKeys, ...contactKeysOf(stored)]);
  const contacts = [...keys].filter((key) => contactOrg(key) !== undefined);
  for (const lead of keys) {
    const org = leadOrg(lead);
    const into = contacts.filter((key) => contactOrg(key) === org);
    // Several Contacts of the org: which one the Lead became is not said.
    if (org && into.length === 1) people.converted.set(lead, into[0] as string);
  }
}

function contactKeysOf(stored: unknown): string[] {
  const keys = (stored as { contactKeys?: unknown } | undefined)?.contactKeys;
  return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
}
