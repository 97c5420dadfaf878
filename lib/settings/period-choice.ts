import * as z from 'zod/mini';

/** The periods the panel's switch and the team page offer (contracts.md: `[data-action="period"]` option values). */
export const periodChoiceSchema = z.enum(['7d', '14d', '30d', '90d', 'this-quarter', 'last-quarter']);
export type PeriodChoice = z.infer<typeof periodChoiceSchema>;
