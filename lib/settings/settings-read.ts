import { crmSchema } from '../schema/activity';
import { motionSchema } from '../schema/motion';
import { bandRangeSchema, cadenceSchema, type Settings, settingsSchema, yourNameSchema } from '../schema/settings';

/** Stored settings made whole, and what in them could not be read. */
export interface SettingsRead {
  settings: Settings;
  /**
   * Where a stored value could not be read and its default is in force, by the path the options
   * page files a field's notes under: `retentionDays`, or one entry of a setting kept per motion or
   * per CRM (`cadences.smb`, `bands.smb`, `yourNames.salesforce`). A value missing is not here.
   */
  fellBack: string[];
}

/** The settings kept per motion or per CRM, checked entry by entry: one bad entry falls back alone. */
const BY_ENTRY = {
  bands: { keys: motionSchema.options, entry: bandRangeSchema },
  cadences: { keys: motionSchema.options, entry: cadenceSchema },
  yourNames: { keys: crmSchema.options, entry: yourNameSchema },
} as const;

/** The values the rule across fields (stalled above watch) links: when it fails, they fall back together. */
const LINKED_FACTORS = ['watchFactor', 'stalledFactor'] as const;

/**
 * The stored settings made whole: each field that is missing or no longer valid falls back to
 * its default, and so does each entry of a setting kept per motion or per CRM (an SMB cadence a
 * 0.2.0 copy held, which version 2 refuses, never resets the enterprise one; a name of a CRM this
 * version does not know is dropped), so one bad value never resets the others, nor breaks every
 * panel. The rule across fields (stalled above watch) is then checked: when it fails, whether the
 * stored pair broke it or one factor's default did (a stalled factor over the limit falling back
 * to 2× under a watch of 3×), both factors fall back to their defaults and every other value is
 * kept, so a damaged factor never costs the retention, the zone or the names (docs/settings.md).
 */
export function settingsReadFrom(stored: unknown, defaults: Settings): SettingsRead {
  if (!isRecord(stored)) return { settings: defaults, fellBack: [] };
  const merged: Record<string, unknown> = { ...defaults };
  const fellBack: string[] = [];
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const value = stored[key];
    if (value === undefined) continue;
    if (isByEntry(key)) merged[key] = entriesRead(key, value, defaults, fellBack);
    else if (field.safeParse(value).success) merged[key] = value;
    else fellBack.push(key);
  }
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) return said({ settings: parsed.data, fellBack });
  for (const key of LINKED_FACTORS) {
    merged[key] = defaults[key];
    if (stored[key] !== undefined && !fellBack.includes(key)) fellBack.push(key);
  }
  // Every field passed alone and the defaults keep the rule: only a rule across fields added
  // without its own fallback here can still fail, and then the defaults are the safe whole.
  const paired = settingsSchema.safeParse(merged);
  if (paired.success) return said({ settings: paired.data, fellBack });
  return said({ settings: defaults, fellBack: Object.keys(settingsSchema.shape).filter((key) => key in stored) });
}

/** Whether the field `path` (`bands.smb.low`) shows a value that fell back: its own, or its whole entry's. */
export function fellBackAt(fellBack: readonly string[], path: string): boolean {
  return fellBack.some((at) => path === at || path.startsWith(`${at}.`));
}

function isByEntry(key: string): key is keyof typeof BY_ENTRY {
  return key in BY_ENTRY;
}

/**
 * A setting kept per motion or per CRM, entry by entry: an entry stored and valid is kept, a bad
 * one takes its default (a motion's band or cadence; no name), an entry missing takes its default
 * quietly, and a key this version does not know (a newer version's CRM) is left out. A stored
 * value that is no record at all is every entry unread.
 */
function entriesRead(
  key: keyof typeof BY_ENTRY,
  value: unknown,
  defaults: Settings,
  fellBack: string[],
): Record<string, unknown> {
  const { keys, entry } = BY_ENTRY[key];
  const kept: Record<string, unknown> = { ...defaults[key] };
  if (!isRecord(value)) {
    fellBack.push(...keys.map((name) => `${key}.${name}`));
    return kept;
  }
  for (const [name, given] of Object.entries(value)) {
    if (!(keys as readonly string[]).includes(name)) {
      console.warn(`Touchline: stored setting ${key}.${name} is not one this version knows; left out`);
    } else if (entry.safeParse(given).success) kept[name] = given;
    else fellBack.push(`${key}.${name}`);
  }
  return kept;
}

function said(read: SettingsRead): SettingsRead {
  for (const path of read.fellBack) console.warn(`Touchline: stored setting ${path} is invalid; using the default`);
  return read;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
