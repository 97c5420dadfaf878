import { storage } from 'wxt/utils/storage';
import type { Crm } from '../../schema/activity';
import { type SavedDealMapping, savedDealMappingSchema } from './mapping';

/** `local:csvDealMapping:<crm>:<tenant>`, beside the activity mapping (`csvMapping`) of the same account. */
function keyOf(crm: Crm, tenant: string): `local:${string}` {
  return `local:csvDealMapping:${crm}:${tenant}`;
}

export async function loadDealMapping(crm: Crm, tenant: string): Promise<SavedDealMapping | undefined> {
  const parsed = savedDealMappingSchema.safeParse(await storage.getItem<unknown>(keyOf(crm, tenant)));
  return parsed.success ? parsed.data : undefined;
}

export async function saveDealMapping(crm: Crm, tenant: string, mapping: SavedDealMapping): Promise<void> {
  await storage.setItem(keyOf(crm, tenant), mapping);
}
