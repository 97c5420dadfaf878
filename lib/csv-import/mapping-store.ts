import { storage } from 'wxt/utils/storage';
import type { Crm } from '../schema/activity';
import { type SavedMapping, savedMappingSchema } from './mapping';

/** `local:csvMapping:<crm>:<tenant>`: the column mapping a manager last used for that account's exports. */
function keyOf(crm: Crm, tenant: string): `local:${string}` {
  return `local:csvMapping:${crm}:${tenant}`;
}

export async function loadMapping(crm: Crm, tenant: string): Promise<SavedMapping | undefined> {
  const stored = await storage.getItem<unknown>(keyOf(crm, tenant));
  const parsed = savedMappingSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export async function saveMapping(crm: Crm, tenant: string, mapping: SavedMapping): Promise<void> {
  await storage.setItem(keyOf(crm, tenant), mapping);
}
