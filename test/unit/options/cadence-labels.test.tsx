// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { useSettings } from './use-settings-form';

function Harness() {
  const form = useSettings();
  return form ? <SettingsForm form={form} /> : null;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/** The accessible name a label element gives its control (the label's text). */
const nameOf = (input: HTMLInputElement | HTMLSelectElement) =>
  [...(input.labels ?? [])].map((label) => label.textContent?.replace(/\s+/g, ' ').trim()).join(' ') ||
  input.getAttribute('aria-label') ||
  '';

/**
 * Keyboard and screen-reader users tab through the cadence editor one control at a time: each
 * step's day and channel must say which step it is (WCAG 2.4.6 / 1.3.1), as the step's own
 * Move/Remove buttons already do ("Remove step 3"). Six controls all called "Day" cannot be told apart.
 */
describe('the cadence editor names each step’s controls', () => {
  it('gives every day and channel control a name that includes its step', async () => {
    render(<Harness />);
    await screen.findByRole('heading', { name: 'Cadence' });
    const days = [...document.querySelectorAll<HTMLInputElement>('input[name^="cadences."][name$=".day"]')];
    const channels = [...document.querySelectorAll<HTMLSelectElement>('select[name^="cadences."][name$=".channel"]')];
    expect(days).toHaveLength(6); // mid-market's default cadence
    const names = [...days, ...channels].map(nameOf);
    expect(new Set(names).size, names.join(' | ')).toBe(names.length);
    for (const [i, day] of days.entries()) expect(nameOf(day)).toContain(`${i + 1}`);
  });
});

describe('the cadence editor marks the wrong step', () => {
  it('puts aria-invalid on the day of the step before its previous one, and on no other control', async () => {
    render(<Harness />);
    await screen.findByRole('heading', { name: 'Cadence' });
    const day = (i: number) => document.querySelector<HTMLInputElement>(`[name="cadences.mid-market.${i}.day"]`);
    fireEvent.change(day(3) as HTMLInputElement, { target: { value: '1' } });
    await waitFor(() => expect(day(3)?.getAttribute('aria-invalid')).toBe('true'));
    const invalid = [...document.querySelectorAll('[name^="cadences."][aria-invalid="true"]')].map((e) =>
      e.getAttribute('name'),
    );
    expect(invalid).toEqual(['cadences.mid-market.3.day']);
  });
});
