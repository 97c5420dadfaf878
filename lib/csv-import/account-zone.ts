import type { Crm } from '../schema/activity';
import type { SavedMapping } from './mapping';
import { loadMapping, saveMapping } from './mapping-store';

/**
 * The zone an account's exports are read in: the one its exports were first read in, else the
 * browser's. An export's clock times are the exporting CRM user's, which do not move when the
 * manager travels; read in the browser's zone of the day, the same file's rows without an id
 * would be keyed hours apart and stored twice (decisions.md, issue 14: re-importing the same
 * file changes nothing).
 */
export async function accountZone(crm: Crm, tenant: string, browserZone: string): Promise<string> {
  return (await rememberedZone(crm, tenant)) ?? browserZone;
}

/** The zone remembered for the account, if one is. */
export async function rememberedZone(crm: Crm, tenant: string): Promise<string | undefined> {
  return zoneOf(await loadMapping(crm, tenant));
}

/** The zone a remembered mapping holds, if this browser knows it (a backup may bring any text). */
export function zoneOf(saved: SavedMapping | undefined): string | undefined {
  const zone = saved?.timeZone;
  return zone !== undefined && knownZone(zone) ? zone : undefined;
}

/** Remembers the zone the account's rows were stored with, unless one is remembered already. */
export async function rememberZone(crm: Crm, tenant: string, timeZone: string): Promise<void> {
  const saved = await loadMapping(crm, tenant);
  if (saved?.timeZone !== undefined) return;
  await saveMapping(crm, tenant, { ...(saved ?? { columns: {} }), timeZone });
}

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
