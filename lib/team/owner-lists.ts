/**
 * The owners named on stored activities: every one, and each CRM account's (`crm:tenant`,
 * accounts.ts), each list by name. The owner filter offers the chosen account's, or all of them.
 */
export interface OwnerLists {
  all: string[];
  byAccount: Record<string, string[]>;
}

/** The owner filter's choices for an account (`crm:tenant`), or for all accounts when none is chosen. */
export function ownerChoices(lists: OwnerLists, account: string | undefined): string[] {
  return account === undefined ? lists.all : (lists.byAccount[account] ?? []);
}
