/**
 * The settings' default single values (metrics.md), without zod: the settings schema's defaults
 * (lib/schema/settings.ts defaultSettings) and what the content script, which loads no zod, takes
 * as in force where nothing is saved (lib/content/settings-changes.ts).
 */
export const DEFAULT_VALUES = {
  motion: 'mid-market',
  period: '30d',
  followUpDays: 14,
  businessDays: true,
  countAutomated: true,
  countCompletedTasks: false,
  defaultStageDays: 14,
  watchFactor: 1.5,
  stalledFactor: 2,
  retentionDays: 400,
} as const;
