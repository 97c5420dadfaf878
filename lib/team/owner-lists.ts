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
  const sets = ownerSets(lists);
  for (const { crm, tenant, owner } of deals) if (owner) addOwner(sets, owner, `${crm}:${tenant}`);
  return listsOf(sets);
}

/** Owners gathered as sets, every one and each account's, until listed by name (listsOf). */
export interface OwnerSets {
  all: Set<string>;
  byAccount: Map<string, Set<string>>;
}

/** Sets to gather owners into, holding those of `lists` to begin with. */
export function ownerSets(lists: OwnerLists = { all: [], byAccount: {} }): OwnerSets {
  return {
    all: new Set(lists.all),
    byAccount: new Map(Object.entries(lists.byAccount).map(([account, owners]) => [account, new Set(owners)])),
  };
}

/** Adds an owner, to an account's set too when the account is known. */
export function addOwner(sets: OwnerSets, owner: string, account: string | undefined): void {
  sets.all.add(owner);
  if (account !== undefined) sets.byAccount.set(account, (sets.byAccount.get(account) ?? new Set()).add(owner));
}

/** The sets as lists, each by name. */
export function listsOf(sets: OwnerSets): OwnerLists {
  const sorted = (owners: Set<string>) => [...owners].sort((a, b) => a.localeCompare(b));
  return {
    all: sorted(sets.all),
    byAccount: Object.fromEntries([...sets.byAccount].map(([account, owners]) => [account, sorted(owners)])),
  };
}
