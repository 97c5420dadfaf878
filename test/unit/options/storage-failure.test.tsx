// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { loadSettings } from '../../../lib/settings/storage';
import { control, description, renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const storageFull = () =>
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

/**
 * docs/settings.md: every change "is saved at once ("Saved" beside the field)". When the browser
 * refuses the write (storage full), the field says so and shows what is still in force.
 */
describe('a change the browser refuses to store', () => {
  it('puts the stored follow-up limit (14) back in the box, marked "Not saved" with the browser’s reason', async () => {
    await renderForm();
    storageFull();
    fireEvent.change(control('followUpDays'), { target: { value: '21' } });
    await waitFor(() => expect(control('followUpDays').getAttribute('aria-invalid')).toBe('true'));

    expect((await loadSettings()).followUpDays).toBe(14);
    expect(control('followUpDays').value).toBe('14');
    expect(description(control('followUpDays'))).toContain('Not saved: QUOTA_BYTES quota exceeded');
    expect(description(control('followUpDays'))).not.toContain('Saved');
  });

  it('puts the motion menu back on Mid-market, marked "Not saved"', async () => {
    await renderForm();
    storageFull();
    fireEvent.change(control('motion'), { target: { value: 'enterprise' } });
    await waitFor(() => expect(description(control('motion'))).toContain('Not saved: QUOTA_BYTES quota exceeded'));

    expect((await loadSettings()).motion).toBe('mid-market');
    expect(control('motion').value).toBe('mid-market');
    expect(control('motion').getAttribute('aria-invalid')).toBe('true');
  });

  it('says "Saved" and drops the reason once the same field is saved after storage has room again', async () => {
    await renderForm();
    const set = storageFull();
    fireEvent.change(control('followUpDays'), { target: { value: '21' } });
    await waitFor(() => expect(description(control('followUpDays'))).toContain('Not saved'));

    set.mockRestore();
    fireEvent.change(control('followUpDays'), { target: { value: '21' } });
    await waitFor(async () => expect((await loadSettings()).followUpDays).toBe(21));
    await waitFor(() => expect(description(control('followUpDays'))).toContain('Saved'));
    expect(description(control('followUpDays'))).not.toContain('Not saved');
    expect(control('followUpDays').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('settings the browser cannot read', () => {
  it('the options page says they could not be read, and what to try, instead of "Loading your settings…" for ever', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage unavailable'));
    render(<OptionsPage />);
    const alert = await screen.findByText('Your settings could not be read (storage unavailable).');
    expect(alert.closest('[role="alert"]')?.textContent).toMatch(/Reload this page.*full or turned off/);
    expect(screen.queryByText(/Loading your settings/)).toBeNull();
  });
});
