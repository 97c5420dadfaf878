import type { Deal } from '../schema/record';

/**
 * The owners named on stored activities, and on the deals read: every one, and each CRM account's
 * (`crm:tenant`, accounts.ts), each list by name. The owner filter offers the chosen account's, or
 * all of them.
 */
export interface OwnerLists {
  all: string[];
  byAccount: Record<string, string[]>;
}

/** The owner filter's choices for an account (`crm:tenant`), or for all accounts when none is chosen. */
export function ownerChoices(lists: OwnerLists, account: string | undefined): string[] {
  return account === undefined ? lists.all : (lists.byAccount[account] ?? []);
}

/**
 * The lists with the owners of the deals read added to their accounts': a deal's owner is an owner of
 * its account though no activity of theirs is stored there yet (the filter narrows the deals, the
 * funnel and the follow-ups too). Deals of accounts not read (another account chosen) are not known.
 */
export function withDealOwners(
  lists: OwnerLists,
  deals: readonly Pick<Deal, 'crm' | 'tenant' | 'owner'>[],
): OwnerLists {
  const all = new Set(lists.all);
  const byAccount = new Map(Object.entries(lists.byAccount).map(([account, owners]) => [account, new Set(owners)]));
  for (const { crm, tenant, owner } of deals) {
    if (!owner) continue;
    all.add(owner);
    const account = `${crm}:${tenant}`;
    byAccount.set(account, (byAccount.get(account) ?? new Set()).add(owner));
  }
  const sorted = (owners: Set<string>) => [...owners].sort((a, b) => a.localeCompare(b));
  return {
    all: sorted(all),
    byAccount: Object.fromEntries([...byAccount].map(([account, owners]) => [account, sorted(owners)])),
  };
}
