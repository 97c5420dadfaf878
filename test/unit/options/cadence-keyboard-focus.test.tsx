// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../../lib/settings/storage';
import { renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const midMarket = () => loadSettings().then((s) => s.cadences['mid-market']);
const focused = () => document.activeElement as HTMLElement;
const nameOf = (element: Element) => element.getAttribute('aria-label') ?? element.textContent ?? '';

/** A keyboard user presses the button that has focus (Enter or Space clicks it). */
async function pressFocused(until: () => Promise<void>) {
  fireEvent.click(focused());
  await waitFor(until);
}

/**
 * docs/settings.md: "add, remove, move a step earlier or later"; the project guide: "keyboard access".
 * A keyboard user moves a channel by pressing its Move button again and again, and removes steps one
 * after another: focus goes with the channel moved, and to a neighbouring step after a removal.
 */
describe('moving cadence steps by keyboard', () => {
  it('pressing "move earlier" twice on step 5’s social moves it up two places (to step 3), not back where it was', async () => {
    await renderForm();
    // metrics.md mid-market: 0 email, 2 call, 4 email, 7 call, 10 social, 14 email.
    const up = screen.getByRole('button', { name: "Move step 5's social earlier" });
    up.focus();
    await pressFocused(async () => expect((await midMarket())[3]?.channel).toBe('social'));
    expect(nameOf(focused())).toBe("Move step 4's social earlier");
    await pressFocused(async () => expect((await midMarket())[2]?.channel).toBe('social'));
    expect(nameOf(focused())).toBe("Move step 3's social earlier");
    // Worked by hand: social moved from step 5 to step 4, then to step 3; the days stay.
    expect(await midMarket()).toEqual([
      { day: 0, channel: 'email' },
      { day: 2, channel: 'call' },
      { day: 4, channel: 'social' },
      { day: 7, channel: 'email' },
      { day: 10, channel: 'call' },
      { day: 14, channel: 'email' },
    ]);
  });

  it('a channel moved to step 1 keeps focus on its step, on "move later" (its "move earlier" is disabled there)', async () => {
    await renderForm();
    screen.getByRole('button', { name: "Move step 2's call earlier" }).focus();
    await pressFocused(async () => expect((await midMarket())[0]?.channel).toBe('call'));
    expect(nameOf(focused())).toBe("Move step 1's call later");
  });
});

describe('removing cadence steps by keyboard', () => {
  it('removing the last step leaves keyboard focus inside the cadence editor, on the new last step’s Remove', async () => {
    await renderForm();
    const remove = screen.getByRole('button', { name: 'Remove step 6' });
    remove.focus();
    await pressFocused(async () => expect(await midMarket()).toHaveLength(5));
    expect(screen.queryByRole('button', { name: 'Remove step 6' })).toBeNull();
    expect(nameOf(focused())).toBe('Remove step 5');
  });

  it('removing step 3 puts focus on the step after it, now step 3 (the former step 4, day 7 call)', async () => {
    await renderForm();
    screen.getByRole('button', { name: 'Remove step 3' }).focus();
    await pressFocused(async () => expect(await midMarket()).toHaveLength(5));
    expect(nameOf(focused())).toBe('Remove step 3');
    expect(focused().closest('li')?.querySelector('select')?.value).toBe('call');
    expect(focused().closest('li')?.querySelector('input')?.value).toBe('7');
  });

  it('pressing Remove again and again from the last step removes every step, then focus is on "Add a step"', async () => {
    await renderForm();
    screen.getByRole('button', { name: 'Remove step 6' }).focus();
    for (let left = 5; left >= 1; left--) {
      await pressFocused(async () => expect(await midMarket()).toHaveLength(left));
      expect(nameOf(focused())).toBe(`Remove step ${left}`);
    }
    // The last step: an empty cadence is refused, the editor shows no step.
    fireEvent.click(focused());
    await waitFor(() => expect(document.querySelectorAll('.tl-opt-step')).toHaveLength(0));
    expect(focused().textContent).toBe('Add a step');
    // The one step saved last stays, metrics.md's step 1 (day 0, email).
    await waitFor(() => expect(screen.getByText(/a cadence needs at least one step/)).toBeTruthy());
    expect(await midMarket()).toEqual([{ day: 0, channel: 'email' }]);
  });
});
