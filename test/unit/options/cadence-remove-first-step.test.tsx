// @vitest-environment happy-dom
/**
 * The first cadence step is day 0 (settings schema: steps are day offsets from the first touch).
 * Removing step 1 was always refused ("the first step is day 0") because step 2 kept its day;
 * now the step after it becomes the first touch, day 0, and the later steps move back by as many
 * days, so the spacing between the steps left is what it was.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removeStep } from '../../../components/options/cadence-steps';
import { loadSettings } from '../../../lib/settings/storage';
import { renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const midMarket = () => loadSettings().then((s) => s.cadences['mid-market']);

describe('removing the first cadence step', () => {
  it('saves the rest with the next step on day 0 and the same spacing (mid-market: 2, 4, 7, 10, 14 → 0, 2, 5, 8, 12)', async () => {
    await renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    await waitFor(async () => expect(await midMarket()).toHaveLength(5));
    expect(await midMarket()).toEqual([
      { day: 0, channel: 'call' },
      { day: 2, channel: 'email' },
      { day: 5, channel: 'call' },
      { day: 8, channel: 'social' },
      { day: 12, channel: 'email' },
    ]);
    expect(document.getElementById('opt-cadence-mid-market-note')?.textContent).toContain('Saved');
  });

  it('moves nothing when another step is removed, or when the next step has no day yet', () => {
    const first = { day: 0, channel: 'email' as const };
    const last = { day: 5, channel: 'email' as const };
    expect(removeStep([first, { day: 3, channel: 'call' }, last], 1)).toEqual([first, last]);
    const typing = { day: Number.NaN, channel: 'call' as const };
    expect(removeStep([first, typing, last], 0)).toEqual([typing, last]);
  });
});
