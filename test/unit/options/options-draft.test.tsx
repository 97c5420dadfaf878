// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { loadSettings, updateSettings } from '../../../lib/settings/storage';
import { useSettings } from './use-settings-form';

function Harness() {
  const form = useSettings();
  return form ? <SettingsForm form={form} /> : null;
}

const control = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;

function description(element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/**
 * docs/settings.md: a value that does not fit "is shown with the reason beside it and is not
 * saved". A refused value must never look saved: while the box shows what was typed, its reason
 * stays beside it (or the box goes back to the stored value).
 */
describe('a refused value never looks saved after another field is saved', () => {
  it('a follow-up limit of 0 keeps its reason after the retention is changed', async () => {
    render(<Harness />);
    await screen.findByRole('heading', { name: 'Your selling' });
    fireEvent.change(control('followUpDays'), { target: { value: '0' } });
    await waitFor(() => expect(control('followUpDays').getAttribute('aria-invalid')).toBe('true'));

    fireEvent.change(control('retentionDays'), { target: { value: '90' } });
    await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(90));
    await waitFor(() => expect(description(control('retentionDays'))).toContain('Saved'));

    expect((await loadSettings()).followUpDays).toBe(14);
    const box = control('followUpDays');
    // Either the box shows what is in force, or it still says why "0" was not saved.
    const honest = box.value === '14' || (box.getAttribute('aria-invalid') === 'true' && description(box) !== '');
    expect(honest, `box shows "${box.value}", note "${description(box)}"`).toBe(true);
  });

  it('a time zone the browser does not know keeps its reason after the motion is changed', async () => {
    render(<Harness />);
    await screen.findByRole('heading', { name: 'Your selling' });
    const zone = (await loadSettings()).timeZone;
    fireEvent.change(control('timeZone'), { target: { value: 'Europe/Atlantis' } });
    await waitFor(() => expect(description(control('timeZone'))).toMatch(/not a time zone/));

    fireEvent.change(control('motion'), { target: { value: 'enterprise' } });
    await waitFor(async () => expect((await loadSettings()).motion).toBe('enterprise'));

    expect((await loadSettings()).timeZone).toBe(zone);
    const box = control('timeZone');
    const honest =
      box.value === zone || (box.getAttribute('aria-invalid') === 'true' && /not a time zone/.test(description(box)));
    expect(honest, `box shows "${box.value}", note "${description(box)}"`).toBe(true);
  });
});

describe('a refused value’s reason goes when it is put right', () => {
  it('a rule across fields, filed under stalled, goes when watch is put right', async () => {
    render(<Harness />);
    await screen.findByRole('heading', { name: 'Your selling' });
    fireEvent.change(control('watchFactor'), { target: { value: '2.5' } });
    await waitFor(() => expect(description(control('stalledFactor'))).toMatch(/more than watch/));
    fireEvent.change(control('watchFactor'), { target: { value: '1.8' } });
    await waitFor(async () => expect((await loadSettings()).watchFactor).toBe(1.8));
    await waitFor(() => expect(description(control('stalledFactor'))).not.toMatch(/more than watch/));
    expect(control('stalledFactor').getAttribute('aria-invalid')).toBeNull();
  });

  it('a value saved in another tab replaces the refused one and its reason', async () => {
    render(<Harness />);
    await screen.findByRole('heading', { name: 'Your selling' });
    fireEvent.change(control('followUpDays'), { target: { value: '0' } });
    await waitFor(() => expect(control('followUpDays').getAttribute('aria-invalid')).toBe('true'));
    await updateSettings({ followUpDays: 9 });
    await waitFor(() => expect(control('followUpDays').value).toBe('9'));
    await waitFor(() => expect(control('followUpDays').getAttribute('aria-invalid')).toBeNull());
  });
});
