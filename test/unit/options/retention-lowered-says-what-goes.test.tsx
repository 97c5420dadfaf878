// @vitest-environment happy-dom
/**
 * docs/your-data.md: lowering retention takes effect at once in the numbers, and the rows are
 * deleted at the next daily run, so a mistyped value can still be put right. The field says what
 * that run will delete (how many days of activity), as long as it still would: not once the value
 * is raised again, nor after the run has deleted them, nor where a raised retention has not yet
 * caught up with what an earlier run deleted (nothing more goes).
 */
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, notePruneRun, updateSettings } from '../../../lib/settings/storage';
import { control, description, renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

async function typeRetention(days: number) {
  fireEvent.change(control('retentionDays'), { target: { value: String(days) } });
  await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(days));
}

describe('retention lowered on the options page', () => {
  it('400 → 60: the field says the next daily run deletes 340 days of activity, until it is raised again', async () => {
    await renderForm();
    await typeRetention(60);
    expect(description(control('retentionDays'))).toContain(
      'The next daily run deletes the activities from 60 to 400 days old (340 days of activity); raise it again before then to keep them.',
    );
    await typeRetention(400);
    expect(description(control('retentionDays'))).not.toContain('The next daily run deletes');
  });

  it('says nothing more once the daily run has deleted them', async () => {
    await renderForm();
    await typeRetention(60);
    // The run notes its cutoff (retention-alarm.ts) as it starts.
    await notePruneRun(daysAgo(60));
    await waitFor(() => expect(description(control('retentionDays'))).not.toContain('The next daily run deletes'));
  });

  it('counts from what a shorter retention left: raised from 30 to 90 twenty days ago, lowered to 60, nothing goes', async () => {
    await updateSettings({ retentionDays: 30 });
    await notePruneRun(daysAgo(50));
    await updateSettings({ retentionDays: 90 });
    await renderForm();
    await typeRetention(60);
    expect(description(control('retentionDays'))).not.toContain('The next daily run deletes');
    await typeRetention(40);
    expect(description(control('retentionDays'))).toContain('from 40 to 50 days old (10 days of activity)');
  });
});
