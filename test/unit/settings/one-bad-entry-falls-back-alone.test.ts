/**
 * docs/settings.md: "A stored value that no longer passes the schema falls back to its default
 * alone." Bands, cadences and names are kept per motion or per CRM, so one bad entry falls back
 * and the other entries are kept: a 0.2.0 copy could hold a cadence that version 2 refuses (v1 had
 * no "first step is day 0" and no 365-day limit), and upgrading must not lose the user's edits to
 * the other motions' cadences. Each value that fell back is named (SettingsRead.fellBack) for the
 * options page to say so beside its field; a CRM this version does not know is left out quietly
 * (there is no field to say it beside).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, DEFAULT_CADENCES, defaultSettings } from '../../../lib/schema/settings';
import { fellBackAt, settingsReadFrom } from '../../../lib/settings/settings-read';
import { settingsFrom } from '../../../lib/settings/storage';

const myEnterprise = [
  { day: 0, channel: 'call' },
  { day: 5, channel: 'email' },
  { day: 9, channel: 'meeting' },
];

const base = {
  motion: 'enterprise',
  period: '30d',
  followUpDays: 14,
  businessDays: true,
  countAutomated: true,
  countCompletedTasks: false,
  defaultStageDays: 14,
  watchFactor: 1.5,
  stalledFactor: 2,
  timeZone: 'Europe/Berlin',
  retentionDays: 400,
};

const read = (stored: object) => settingsReadFrom(stored, defaultSettings('UTC'));

describe('stored settings with one bad entry inside a per-motion or per-CRM setting', () => {
  it('keeps the enterprise cadence the user edited when only the SMB cadence is bad', () => {
    const settings = settingsFrom({
      ...base,
      // SMB's cadence from 0.2.0: valid then (no day-0 rule), refused now.
      cadences: { ...DEFAULT_CADENCES, smb: [{ day: 1, channel: 'email' }], enterprise: myEnterprise },
    });
    expect(settings.cadences.enterprise).toEqual(myEnterprise);
    expect(settings.cadences.smb).toEqual(DEFAULT_CADENCES.smb);
  });

  it("keeps the other motions' bands when only one band is bad", () => {
    const settings = settingsFrom({
      ...base,
      bands: { ...DEFAULT_BANDS, smb: { low: 12, high: 6 }, enterprise: { low: 15, high: 30 } },
    });
    expect(settings.bands.enterprise).toEqual({ low: 15, high: 30 });
    expect(settings.bands.smb).toEqual(DEFAULT_BANDS.smb);
  });

  it('keeps the HubSpot name when only the Salesforce name is bad', () => {
    const settings = settingsFrom({
      ...base,
      yourNames: { hubspot: 'Dana Rep', salesforce: 'x'.repeat(201) },
    });
    expect(settings.yourNames).toEqual({ hubspot: 'Dana Rep' });
  });

  it("keeps the HubSpot name when the copy also names a CRM this version does not know (a newer version's backup)", () => {
    const settings = settingsFrom({ ...base, yourNames: { hubspot: 'Dana Rep', zoho: 'Dana Rep' } });
    expect(settings.yourNames).toEqual({ hubspot: 'Dana Rep' });
  });

  it('names each entry and value that fell back, and no value that was missing or unknown', () => {
    const { fellBack } = read({
      ...base,
      retentionDays: '3650',
      bands: { smb: { low: 12, high: 6 } },
      cadences: { smb: [{ day: 1, channel: 'email' }], enterprise: myEnterprise },
      yourNames: { hubspot: 'Dana Rep', salesforce: 'x'.repeat(201), zoho: 'Dana Rep' },
    });
    expect(fellBack.sort()).toEqual(['bands.smb', 'cadences.smb', 'retentionDays', 'yourNames.salesforce']);
    expect(fellBackAt(fellBack, 'bands.smb.low')).toBe(true);
    expect(fellBackAt(fellBack, 'bands.smb-x')).toBe(false);
    expect(fellBackAt(fellBack, 'cadences.enterprise')).toBe(false);
  });

  it('falls back entry by entry when the stored value is no record at all, naming each entry', () => {
    const { settings, fellBack } = read({ ...base, yourNames: 'Dana Rep', cadences: [] });
    expect(settings.yourNames).toEqual({});
    expect(settings.cadences).toEqual(DEFAULT_CADENCES);
    expect(fellBack).toEqual(
      expect.arrayContaining(['yourNames.hubspot', 'yourNames.salesforce', 'yourNames.pipedrive']),
    );
    expect(fellBack).toEqual(expect.arrayContaining(['cadences.smb', 'cadences.inbound']));
  });

  it('names both factors when their rule made them fall back together, and only those stored', () => {
    expect(read({ ...base, watchFactor: 3, stalledFactor: 12 }).fellBack.sort()).toEqual([
      'stalledFactor',
      'watchFactor',
    ]);
    const { watchFactor, ...noWatch } = base;
    expect(read({ ...noWatch, stalledFactor: 1.2 }).fellBack).toEqual(['stalledFactor']);
  });
});
