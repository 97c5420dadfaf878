import * as z from 'zod/mini';
import { DEFAULT_VALUES } from '../settings/default-values';
import { periodChoiceSchema } from '../settings/period-choice';
import { spacedAsPages } from '../settings/spaced-as-pages';
import { channelSchema, crmSchema } from './activity';
import { type Motion, motionSchema } from './motion';

export { type Motion, motionSchema } from './motion';

const MAX_DAYS = 365;
const wholeDays = z
  .int({ error: 'a whole number of days' })
  .check(z.positive('at least 1 day'), z.lte(MAX_DAYS, `at most ${MAX_DAYS} days`));

export const cadenceStepSchema = z.object({
  /** Offset from the cadence's first touch: business days when weekends are excluded. */
  day: z
    .int({ error: 'a whole number of days' })
    .check(z.nonnegative('day 0 or later'), z.lte(MAX_DAYS, `at most ${MAX_DAYS} days`)),
  channel: channelSchema,
});
export type CadenceStep = z.infer<typeof cadenceStepSchema>;

/**
 * Steps are matched to outbound touches in order, so the first is day 0 and each comes no
 * earlier than the one before (the spacing between two steps is the difference of their offsets).
 */
export const cadenceSchema = z.array(cadenceStepSchema).check(
  z.minLength(1, 'a cadence needs at least one step'),
  z.maxLength(20, 'at most 20 steps'),
  z.refine((steps) => steps[0]?.day === 0, { message: 'the first step is day 0', path: [0, 'day'] }),
  z.refine((steps) => steps.every((step, i) => i === 0 || step.day >= (steps[i - 1]?.day ?? 0)), {
    message: 'each step comes on or after the day of the step before it',
  }),
);

/** Typical touches per contact over one outbound month (metrics.md, "Benchmark bands"). */
export const bandRangeSchema = z
  .object({
    low: z.int({ error: 'a whole number of touches' }).check(z.nonnegative('0 or more'), z.lte(1000, 'at most 1000')),
    high: z.int({ error: 'a whole number of touches' }).check(z.positive('at least 1'), z.lte(1000, 'at most 1000')),
  })
  .check(z.refine((band) => band.low <= band.high, { message: 'the top is below the bottom', path: ['high'] }));
export type BandRange = z.infer<typeof bandRangeSchema>;

/**
 * A zone the browser knows: every day count goes through `Intl` with it. Kept under the name
 * `Intl` gives it ("europe/berlin" is "Europe/Berlin"), so one zone is never two settings.
 */
export const timeZoneSchema = z.string().check(
  z.minLength(1, 'a time zone is needed'),
  z.refine((zone) => zoneName(zone) !== undefined, {
    message: 'not a time zone this browser knows (e.g. Europe/Berlin)',
  }),
  z.overwrite((zone) => zoneName(zone) ?? zone),
);

function zoneName(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** A name as the CRM shows people, spaced as pages are read (spacedAsPages); blank means not set. */
export const yourNameSchema = z.string().check(z.overwrite(spacedAsPages), z.maxLength(200, 'at most 200 characters'));

const factor = z.number({ error: 'a number such as 1.5' }).check(z.gt(1, 'more than 1×'), z.lte(10, 'at most 10×'));

/** Version 2 of the stored settings (`lib/settings/migrations.ts` upgrades older copies). */
export const settingsSchema = z
  .object({
    motion: motionSchema,
    /** The period every number in the panel is for. */
    period: periodChoiceSchema,
    /** The benchmark band per motion; the defaults are metrics.md's table. */
    bands: z.record(motionSchema, bandRangeSchema),
    /** Cadence per motion; the defaults are metrics.md's table. */
    cadences: z.record(motionSchema, cadenceSchema),
    /** Silence after which a new cadence starts; also the gone-cold and "no recent activity" threshold. */
    followUpDays: wholeDays,
    /** Exclude weekends from gaps and cadence offsets. */
    businessDays: z.boolean(),
    /** Count automated (sequence) touches in every touch figure. */
    countAutomated: z.boolean(),
    /** Count tasks completed against a contact as touches (for teams that log touches only as tasks). */
    countCompletedTasks: z.boolean(),
    /** Typical days in a stage until 5 deals that left it are known. */
    defaultStageDays: wholeDays,
    /** A deal is `watch` above this many times the typical time in its stage… */
    watchFactor: factor,
    /** …and `stalled` above this many. */
    stalledFactor: factor,
    /** IANA zone in which days are counted. */
    timeZone: timeZoneSchema,
    /** Activities older than this many days are pruned daily and not stored again (touches logged in Touchline stay). */
    retentionDays: z
      .int({ error: 'a whole number of days' })
      .check(z.gte(30, 'at least 30 days'), z.lte(3650, 'at most 3650 days')),
    /**
     * The cutoff of the latest daily run that deleted activities (retention-alarm.ts): activities
     * dated before it were pruned, so after a raise of the setting, figures reaching back past it are
     * incomplete even where the new setting would keep them (lib/settings/kept-from.ts). Not shown
     * on the options page.
     */
    prunedBefore: z.optional(z.iso.datetime()),
    /**
     * The user's own name as each CRM shows it: the owner of the touches they log in Touchline and
     * of those a page credits to "You" (Salesforce), so the team page counts them on their row.
     */
    yourNames: z.partialRecord(crmSchema, yourNameSchema),
  })
  .check(
    z.refine((s) => s.stalledFactor > s.watchFactor, {
      message: 'stalled must be more than watch',
      path: ['stalledFactor'],
    }),
  );
export type Settings = z.infer<typeof settingsSchema>;

/** metrics.md's bands; enterprise's "20 or more" tops out at 20. */
export const DEFAULT_BANDS: Record<Motion, BandRange> = {
  smb: { low: 6, high: 10 },
  'mid-market': { low: 8, high: 14 },
  enterprise: { low: 12, high: 20 },
  inbound: { low: 3, high: 6 },
};

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
  return { ...DEFAULT_VALUES, bands: DEFAULT_BANDS, cadences: DEFAULT_CADENCES, timeZone, yourNames: {} };
}
