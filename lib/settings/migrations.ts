import { type PeriodChoice, periodChoiceSchema } from './period-choice';

/** The stored settings' shape version; each step below upgrades a copy from the version before. */
export const SETTINGS_VERSION = 2;

/**
 * Version 1 (0.2.0, stored without a version) to 2: `followUpLimitDays` is now `followUpDays`,
 * and the period is one of the panel's choices instead of `{kind, days}`. A custom range or a
 * day count the switch does not offer becomes the default 30 days. Fields new in version 2
 * (bands, factors) are left out: loading fills them with the defaults.
 */
function toVersion2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { followUpLimitDays, period, ...rest } = old;
  return {
    ...rest,
    ...(followUpLimitDays !== undefined ? { followUpDays: followUpLimitDays } : {}),
    ...(period !== undefined ? { period: choiceOf(period) } : {}),
  };
}

function choiceOf(period: unknown): PeriodChoice {
  if (!isRecord(period)) return '30d';
  if (period.kind === 'quarter') return 'this-quarter';
  const choice = periodChoiceSchema.safeParse(`${String(period.days)}d`);
  return period.kind === 'last-days' && choice.success ? choice.data : '30d';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = { 2: toVersion2 };
