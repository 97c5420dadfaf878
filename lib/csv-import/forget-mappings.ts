import { storage } from 'wxt/utils/storage';
import type { Crm } from '../schema/activity';

/** The kinds of column mapping remembered per CRM account: activity exports' (mapping-store.ts) and deal exports' (deals/mapping-store.ts). */
const KINDS = ['csvMapping', 'csvDealMapping'] as const;

/** Forgets the account's mappings: erasing the account leaves nothing of it (its export's column names included). */
export async function forgetAccountMappings(crm: Crm, tenant: string): Promise<void> {
  await storage.removeItems(KINDS.map((kind): `local:${string}` => `local:${kind}:${crm}:${tenant}`));
}

/** Forgets every account's mappings, as erasing everything does. */
export async function forgetEveryMapping(): Promise<void> {
  const stored = await storage.snapshot('local');
  const keys = Object.keys(stored).filter((key) => KINDS.some((kind) => key.startsWith(`${kind}:`)));
  await storage.removeItems(keys.map((key): `local:${string}` => `local:${key}`));
}
