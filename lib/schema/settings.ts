import * as z from 'zod/mini';
import { channelSchema } from './activity';

export const motionSchema = z.enum(['smb', 'mid-market', 'enterprise', 'inbound']);
export type Motion = z.infer<typeof motionSchema>;

export const cadenceStepSchema = z.object({
  /** Offset from the cadence's first touch: business days when weekends are excluded. */
  day: z.int().check(z.nonnegative()),
  channel: channelSchema,
});
export type CadenceStep = z.infer<typeof cadenceStepSchema>;

export const periodSchema = z.discriminatedUnion('kind', [
  /** The N × 24 hours ending now, start inclusive. */
  z.object({ kind: z.literal('last-days'), days: z.int().check(z.positive()) }),
  /** The calendar quarter containing now, in the user's zone. */
  z.object({ kind: z.literal('quarter') }),
  z.object({
    kind: z.literal('custom'),
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
  }),
]);
export type Period = z.infer<typeof periodSchema>;

export const settingsSchema = z.object({
  motion: motionSchema,
  period: periodSchema,
  /** Cadence per motion; the defaults are metrics.md's table. */
  cadences: z.record(motionSchema, z.array(cadenceStepSchema)),
  followUpLimitDays: z.int().check(z.positive()),
  /** Exclude weekends from gaps and cadence offsets. */
  businessDays: z.boolean(),
  /** Count automated (sequence) touches in the headline number. */
  countAutomated: z.boolean(),
  /** Count tasks completed against a contact as touches (for teams that log touches only as tasks). */
  countCompletedTasks: z.boolean(),
  /** Typical days in a stage until 5 deals that left it are known. */
  defaultStageDays: z.int().check(z.positive()),
  /** IANA zone in which days are counted. */
  timeZone: z.string().check(z.minLength(1)),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_CADENCES: Record<Motion, CadenceStep[]> = {
  smb: steps([0, 'email'], [1, 'call'], [3, 'email'], [5, 'call'], [8, 'email'], [12, 'email']),
  'mid-market': steps([0, 'email'], [2, 'call'], [4, 'email'], [7, 'call'], [10, 'social'], [14, 'email']),
  enterprise: steps(
    [0, 'email'],
    [3, 'call'],
    [7, 'social'],
    [10, 'email'],
    [14, 'call'],
    [21, 'email'],
    [28, 'meeting'],
  ),
  inbound: steps([0, 'call'], [0, 'email'], [1, 'call'], [3, 'email'], [7, 'email']),
};

function steps(...pairs: [number, CadenceStep['channel']][]): CadenceStep[] {
  return pairs.map(([day, channel]) => ({ day, channel }));
}

export function defaultSettings(timeZone: string): Settings {
  return {
    motion: 'mid-market',
    period: { kind: 'last-days', days: 30 },
    cadences: DEFAULT_CADENCES,
    followUpLimitDays: 14,
    businessDays: true,
    countAutomated: true,
    countCompletedTasks: false,
    defaultStageDays: 14,
    timeZone,
  };
}
