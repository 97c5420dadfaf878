// @vitest-environment happy-dom
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '../../../lib/settings/storage';
import { control, description, renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/** Like every other day field, the retention says "a whole number of days", not validator jargon. */
describe('the retention field explains a refused value in words', () => {
  it.each([['2.5'], ['']])('retention "%s" is refused as "a whole number of days", and 400 stays', async (typed) => {
    await renderForm();
    fireEvent.change(control('retentionDays'), { target: { value: typed } });
    await waitFor(() => expect(control('retentionDays').getAttribute('aria-invalid')).toBe('true'));
    expect((await loadSettings()).retentionDays).toBe(400);
    expect(description(control('retentionDays'))).toContain('a whole number of days');
    expect(description(control('retentionDays'))).not.toMatch(/Invalid input|expected int/);
  });
});
