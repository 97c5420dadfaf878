import * as z from 'zod/mini';
import { motionSchema } from '../schema/motion';
import type { Settings } from '../schema/settings';
import { periodChoiceSchema } from '../settings/period-choice';

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
