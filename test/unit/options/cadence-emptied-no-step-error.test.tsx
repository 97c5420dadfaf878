// @vitest-environment happy-dom
/**
 * A cadence emptied on the options page is refused ("a cadence needs at least one step", settings
 * schema); the schema's rule that the first step is day 0 fails too, filed under step 1's day.
 * With no step on screen, that is an error about a step that does not exist: the note names only
 * what is wrong with the cadence as a whole.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cadenceProblems } from '../../../components/options/cadence-problems';
import { loadSettings } from '../../../lib/settings/storage';
import { renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const midMarket = () => loadSettings().then((s) => s.cadences['mid-market']);

describe('a cadence with every step removed', () => {
  it('says it needs at least one step, and nothing about a step 1 that is not there', async () => {
    await renderForm();
    for (let left = 6; left >= 2; left--) {
      fireEvent.click(screen.getByRole('button', { name: `Remove step ${left}` }));
      await waitFor(async () => expect(await midMarket()).toHaveLength(left - 1));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 1' }));
    const note = document.getElementById('opt-cadence-mid-market-note');
    await waitFor(() => expect(note?.textContent).toMatch(/a cadence needs at least one step/));
    expect(note?.textContent).not.toMatch(/Step 1/);
  });

  it('still names a step on screen whose day is wrong', () => {
    const errors = {
      'cadences.smb': 'a cadence needs at least one step',
      'cadences.smb.0.day': 'the first step is day 0',
    };
    expect(cadenceProblems(errors, 'cadences.smb', []).messages).toEqual(['a cadence needs at least one step']);
    const problems = cadenceProblems({ 'cadences.smb.0.day': 'the first step is day 0' }, 'cadences.smb', [
      { day: 2, channel: 'email' },
    ]);
    expect(problems.messages).toEqual(['Step 1 day: the first step is day 0']);
    expect([...problems.days]).toEqual([0]);
  });
});
