// @vitest-environment happy-dom
/**
 * A stored value that fails the schema falls back to its default (lib/settings/settings-read.ts).
 * The options page must not show the default as if the user had chosen it: a retention of 3650
 * days stored as the string "3650" (a hand edit, an older build) shows 400, and the next daily run
 * deletes about nine years of activities. Beside the field (in what its aria-describedby names, as
 * every note on the page) it says the stored value could not be read and the default is in force,
 * until that field is saved; a value that was merely missing says nothing.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '../../../lib/settings/storage';
import { control, description, renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const NOTE = /could not be read, so the default is in force/;

async function storeRaw(settings: Record<string, unknown>) {
  await fakeBrowser.storage.local.set({ settings, settings$: { v: 2 } });
}

describe('a stored setting that could not be read', () => {
  it('is said beside its field, with the default now in force; the other fields say nothing', async () => {
    await storeRaw({ motion: 'enterprise', retentionDays: '3650', timeZone: 'Europe/Berlin' });
    await renderForm();
    expect(control('retentionDays').value).toBe('400');
    expect(description(control('retentionDays'))).toMatch(NOTE);
    expect(description(control('followUpDays'))).not.toMatch(/could not be read/);
    expect(description(control('motion'))).not.toMatch(/could not be read/);
  });

  it('stays while other fields are saved, and goes once that field is saved', async () => {
    await storeRaw({ retentionDays: '3650', followUpDays: 'x' });
    await renderForm();
    fireEvent.change(control('followUpDays'), { target: { value: '21' } });
    await waitFor(async () => expect((await loadSettings()).followUpDays).toBe(21));
    await waitFor(() => expect(description(control('followUpDays'))).toContain('Saved'));
    expect(description(control('followUpDays'))).not.toMatch(/could not be read/);
    expect(description(control('retentionDays'))).toMatch(NOTE);

    fireEvent.change(control('retentionDays'), { target: { value: '3650' } });
    await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(3650));
    await waitFor(() => expect(description(control('retentionDays'))).not.toMatch(/could not be read/));
  });

  it('goes when another tab saves that field', async () => {
    await storeRaw({ retentionDays: '3650' });
    await renderForm();
    await updateSettings({ retentionDays: 800 });
    await waitFor(() => expect(control('retentionDays').value).toBe('800'));
    expect(description(control('retentionDays'))).not.toMatch(/could not be read/);
  });

  it('is said beside the one band, cadence and name that fell back', async () => {
    await storeRaw({
      motion: 'smb',
      bands: { smb: { low: 12, high: 6 } },
      cadences: { smb: [{ day: 1, channel: 'email' }] },
      yourNames: { hubspot: 'Dana Rep', salesforce: 'x'.repeat(201) },
    });
    await renderForm();
    expect(description(control('bands.smb.low'))).toMatch(NOTE);
    expect(description(control('bands.smb.high'))).toMatch(NOTE);
    expect(description(control('bands.enterprise.low'))).not.toMatch(/could not be read/);
    // The cadence editor opens on the user's motion (SMB); the motion picker says it for each motion.
    expect(description(control('cadences.smb.0.day'))).toMatch(NOTE);
    expect(screen.getByRole('option', { name: /SMB.*could not be read/ })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /Enterprise.*could not be read/ })).toBeNull();
    expect(description(control('yourName-salesforce'))).toMatch(/stored name could not be read, so none is in force/);
    expect(description(control('yourName-hubspot'))).not.toMatch(/could not be read/);
  });
});
