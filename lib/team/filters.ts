import * as z from 'zod/mini';
import { motionSchema } from '../schema/motion';
import type { Settings } from '../schema/settings';
import { periodChoiceSchema } from '../settings/period-choice';
import { type OwnerLists, ownerChoices } from './owner-lists';

/** The team page's filters; an absent account, pipeline or owner means all of them. */
export const teamFiltersSchema = z.object({
  /** `crm:tenant` (accounts.ts). */
  account: z.optional(z.string()),
  /** A pipeline's name; `''` stands for deals whose pipeline the page did not show. */
  pipeline: z.optional(z.string()),
  owner: z.optional(z.string()),
  period: periodChoiceSchema,
  motion: motionSchema,
});
export type TeamFilters = z.infer<typeof teamFiltersSchema>;

/** The page opens on the panel's own period and motion. */
export function defaultFilters(settings: Pick<Settings, 'period' | 'motion'>): TeamFilters {
  return { period: settings.period, motion: settings.motion };
}

/**
 * The filters once another account (or all of them) is chosen. Pipelines belong to an account, so
 * the chosen one is cleared. The chosen owner stays if the new account's activities name them,
 * else it is cleared too: the owner list shows only the account's owners, and an owner kept from
 * another account would filter out every row while the list shows "Every rep".
 */
export function withAccount(filters: TeamFilters, account: string | undefined, owners: OwnerLists): TeamFilters {
  const { account: _account, pipeline: _pipeline, owner, ...rest } = filters;
  const kept = owner !== undefined && ownerChoices(owners, account).includes(owner) ? owner : undefined;
  return { ...rest, ...(account === undefined ? {} : { account }), ...(kept === undefined ? {} : { owner: kept }) };
}
