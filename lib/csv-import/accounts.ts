import type { TouchlineDb } from '../db/schema';
import { type Crm, crmSchema } from '../schema/activity';

export interface Account {
  crm: Crm;
  tenant: string;
}

/** The CRM accounts the cache already has contacts or deals of, for the import's account choice. */
export async function knownAccounts(db: TouchlineDb): Promise<Account[]> {
  const found = new Map<string, Account>();
  for (const store of ['contacts', 'deals'] as const) {
    let cursor = await db.transaction(store).store.index('byTenant').openKeyCursor(null, 'nextunique');
    while (cursor) {
      const [crm, tenant] = cursor.key;
      const parsed = crmSchema.safeParse(crm);
      if (parsed.success && tenant) found.set(`${crm}:${tenant}`, { crm: parsed.data, tenant });
      cursor = await cursor.continue();
    }
  }
  return [...found.values()].sort((a, b) => `${a.crm}:${a.tenant}`.localeCompare(`${b.crm}:${b.tenant}`));
}

/**
 * An account typed by the user in the form keys use (contracts.md, Keys): a HubSpot portal id,
 * a Salesforce org host, a Pipedrive company subdomain. Pasted URLs and hosts are cut down to
 * that; undefined when what is left cannot be one.
 */
export function tenantFrom(crm: Crm, typed: string): string | undefined {
  const text = typed
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '');
  if (crm === 'hubspot') return text.match(/(?:^|\/)(\d{3,})(?:\/|$)/)?.[1] ?? (/^\d+$/.test(text) ? text : undefined);
  const host = text.split('/')[0] ?? '';
  if (crm === 'pipedrive') {
    const sub = host.replace(/\.pipedrive\.com$/, '');
    return /^[a-z0-9-]+$/.test(sub) ? sub : undefined;
  }
  if (/^[a-z0-9.-]+\.lightning\.force\.com$/.test(host)) return host;
  if (/^[a-z0-9.-]+\.my\.salesforce\.com$/.test(host))
    return host.replace(/\.my\.salesforce\.com$/, '.lightning.force.com');
  if (!/^[a-z0-9-]+$/.test(host)) return undefined;
  // An org name with "--" is a sandbox's ("acme--uat"), whose pages are on the sandbox host (crm-pages.md).
  return host.includes('--') ? `${host}.sandbox.lightning.force.com` : `${host}.lightning.force.com`;
}
