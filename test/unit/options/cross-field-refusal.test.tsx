// @vitest-environment happy-dom
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../../lib/settings/storage';
import { control, description, renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/**
 * docs/settings.md: a value that does not fit "is shown with the reason beside it and is not
 * saved". For a rule across two fields (stalled above watch, band top above bottom) the reason is
 * filed beside the other field; the box typed into is marked wrong too, and once saving the other
 * field takes the reason away, the box goes back to the value in force.
 */
describe('a value refused by a rule across two fields', () => {
  it('a band bottom of 15 above its top of 10 marks the bottom box wrong, pointing at the reason beside the top', async () => {
    await renderForm();
    fireEvent.change(control('bands.smb.low'), { target: { value: '15' } });
    await waitFor(() => expect(description(control('bands.smb.high'))).toContain('the top is below the bottom'));

    const box = control('bands.smb.low');
    expect(box.value).toBe('15');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(description(box)).toContain('the top is below the bottom');
  });

  it('a watch factor of 2.5 (stalled 2) marks the watch box wrong with "stalled must be more than watch"', async () => {
    await renderForm();
    fireEvent.change(control('watchFactor'), { target: { value: '2.5' } });
    await waitFor(() => expect(control('watchFactor').getAttribute('aria-invalid')).toBe('true'));
    expect(description(control('watchFactor'))).toContain('stalled must be more than watch');
  });

  it('watch 2.5 refused, then stalled 3 saved: the watch box shows 1.5 again, the factor in force, unmarked', async () => {
    await renderForm();
    fireEvent.change(control('watchFactor'), { target: { value: '2.5' } });
    await waitFor(() => expect(description(control('stalledFactor'))).toContain('stalled must be more than watch'));

    fireEvent.change(control('stalledFactor'), { target: { value: '3' } });
    await waitFor(() => expect(description(control('stalledFactor'))).toContain('Saved'));

    // Only stalled was saved: watch in force is still metrics.md's 1.5.
    expect(await loadSettings()).toMatchObject({ watchFactor: 1.5, stalledFactor: 3 });
    expect(control('watchFactor').value).toBe('1.5');
    expect(control('watchFactor').getAttribute('aria-invalid')).toBeNull();
  });

  it('SMB band bottom 15 refused (top 10), then top 20 saved: the bottom box shows 6 again, the bottom in force', async () => {
    await renderForm();
    fireEvent.change(control('bands.smb.low'), { target: { value: '15' } });
    await waitFor(() => expect(description(control('bands.smb.high'))).toContain('the top is below the bottom'));

    fireEvent.change(control('bands.smb.high'), { target: { value: '20' } });
    await waitFor(() => expect(description(control('bands.smb.high'))).toContain('Saved'));

    // metrics.md's SMB band is 6–10; only the top was saved.
    expect((await loadSettings()).bands.smb).toEqual({ low: 6, high: 20 });
    expect(control('bands.smb.low').value).toBe('6');
    expect(control('bands.smb.low').getAttribute('aria-invalid')).toBeNull();
  });
});
