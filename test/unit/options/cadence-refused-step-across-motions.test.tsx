// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../../lib/settings/storage';
import { control, description, renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const midMarket = () => loadSettings().then((s) => s.cadences['mid-market']);
const dayBox = (motion: string, i: number) => control(`cadences.${motion}.${i}.day`);

/** Shows SMB's cadence in the editor, then mid-market's again. */
async function lookAtSmbAndComeBack() {
  fireEvent.change(screen.getByLabelText('Cadence of'), { target: { value: 'smb' } });
  // metrics.md: SMB's cadence has 6 steps, and its boxes replace mid-market's.
  await waitFor(() => expect(dayBox('smb', 5)).toBeTruthy());
  expect(dayBox('mid-market', 0)).toBeNull();
  fireEvent.change(screen.getByLabelText('Cadence of'), { target: { value: 'mid-market' } });
  await waitFor(() => expect(dayBox('mid-market', 0)).toBeTruthy());
}

/**
 * docs/settings.md: a cadence step earlier than the one before it "is shown with the reason beside it and
 * is not saved; the reason stays ... until that field is put right or reset". Looking at another motion's
 * cadence and coming back is neither: the editor keeps each motion's steps as typed.
 */
describe('a refused cadence step survives looking at another motion’s cadence', () => {
  it('mid-market step 4 typed as day 1 (after day 4): back from SMB, step 4 still shows day 1 with its reason', async () => {
    await renderForm();
    fireEvent.change(dayBox('mid-market', 3), { target: { value: '1' } });
    await waitFor(() => expect(description(dayBox('mid-market', 3))).toMatch(/on or after/));

    await lookAtSmbAndComeBack();

    // metrics.md: mid-market's step 4 is day 7, and it was never changed.
    expect((await midMarket())[3]).toEqual({ day: 7, channel: 'call' });
    const box = dayBox('mid-market', 3);
    expect(box.value).toBe('1');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(description(box)).toMatch(/each step comes on or after the day of the step before it/);
  });

  it('a step 2 day of -3 refused: back from SMB, step 2 shows -3 with "day 0 or later", not the stored 2 marked wrong', async () => {
    await renderForm();
    fireEvent.change(dayBox('mid-market', 1), { target: { value: '-3' } });
    await waitFor(() => expect(dayBox('mid-market', 1).getAttribute('aria-invalid')).toBe('true'));

    await lookAtSmbAndComeBack();

    expect((await midMarket())[1]).toEqual({ day: 2, channel: 'call' });
    const box = dayBox('mid-market', 1);
    expect(box.value).toBe('-3');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(description(box)).toContain('Step 2 day: day 0 or later');
  });

  it('put right after coming back: the typed day is saved and the reason goes', async () => {
    await renderForm();
    fireEvent.change(dayBox('mid-market', 1), { target: { value: '-3' } });
    await waitFor(() => expect(dayBox('mid-market', 1).getAttribute('aria-invalid')).toBe('true'));
    await lookAtSmbAndComeBack();

    fireEvent.change(dayBox('mid-market', 1), { target: { value: '3' } });
    await waitFor(async () => expect((await midMarket())[1]).toEqual({ day: 3, channel: 'call' }));
    await waitFor(() => expect(description(dayBox('mid-market', 1))).toBe('Saved'));
    expect(dayBox('mid-market', 1).value).toBe('3');
    expect(dayBox('mid-market', 1).getAttribute('aria-invalid')).toBeNull();
  });
});
