// @vitest-environment happy-dom
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { retentionWarning } from '../../../components/options/retention-warning';
import { loadSettings, updateSettings } from '../../../lib/settings/storage';
import { control, description, renderForm } from './form-harness';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/**
 * metrics.md: "Gone cold: no touch in either direction for longer than the follow-up limit";
 * decisions.md: "compare the chosen period with the one before it of equal length". A retention
 * shorter than what those need deletes the very activities the numbers are made of: the retention
 * field says so, and still saves the value (a warning, not a refusal).
 */
describe('a retention shorter than what the numbers need is flagged beside the retention field', () => {
  it('follow-up limit 90, retention 60: saved, and the field says touches go before a contact can show as gone cold', async () => {
    await updateSettings({ followUpDays: 90 });
    await renderForm();
    fireEvent.change(control('retentionDays'), { target: { value: '60' } });
    await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(60));

    // The default period, last 30 days, needs 60 days: only the follow-up limit is short of them.
    expect(description(control('retentionDays'))).toContain(
      'Touchline keeps 60 days: a contact goes cold after 90 days without a touch, so its touches are deleted before it can show as gone cold.',
    );
    expect(control('retentionDays').getAttribute('aria-invalid')).toBeNull();
  });

  it('period "last 90 days", retention 100: saved, and the field says the comparison with the 90 days before needs 180', async () => {
    await updateSettings({ period: '90d' });
    await renderForm();
    fireEvent.change(control('retentionDays'), { target: { value: '100' } });
    await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(100));

    expect(description(control('retentionDays'))).toContain(
      'Touchline keeps 100 days: comparing the last 90 days with the 90 before needs 180.',
    );
  });

  it('period "last 90 days", retention 180: enough for both periods, no warning', async () => {
    await updateSettings({ period: '90d' });
    await renderForm();
    fireEvent.change(control('retentionDays'), { target: { value: '180' } });
    await waitFor(async () => expect((await loadSettings()).retentionDays).toBe(180));

    expect(description(control('retentionDays'))).not.toContain('Touchline keeps');
  });

  it('retention 60, then the follow-up limit raised to 60: the retention field warns without being touched', async () => {
    await updateSettings({ retentionDays: 60 });
    await renderForm();
    expect(description(control('retentionDays'))).not.toContain('Touchline keeps');

    fireEvent.change(control('followUpDays'), { target: { value: '60' } });
    await waitFor(() =>
      expect(description(control('retentionDays'))).toContain(
        'Touchline keeps 60 days: a contact goes cold after 60 days without a touch',
      ),
    );
  });
});

describe('how far back each period and the one before it reach', () => {
  const warning = (retentionDays: number, period: Parameters<typeof retentionWarning>[0]['period']) =>
    retentionWarning({ retentionDays, followUpDays: 14, period });

  it('last 30 days needs 60; last 7 and 14 days need 14 and 28, less than the shortest retention allowed (30)', () => {
    expect([warning(59, '30d'), warning(60, '30d')]).toEqual([
      'Touchline keeps 59 days: comparing the last 30 days with the 30 before needs 60.',
      null,
    ]);
    expect([warning(35, '7d'), warning(35, '14d')]).toEqual([null, null]);
  });

  it('this quarter so far and as many days before: up to two quarters of 92 days (Oct–Dec and the Jul–Sep before)', () => {
    expect([warning(183, 'this-quarter'), warning(184, 'this-quarter')]).toEqual([
      'Touchline keeps 183 days: comparing this quarter so far with as many days before it needs up to 184.',
      null,
    ]);
  });

  it('last quarter and the quarter before it, from today: up to 92 days of this quarter and two of 92 (late December)', () => {
    expect([warning(275, 'last-quarter'), warning(276, 'last-quarter')]).toEqual([
      'Touchline keeps 275 days: comparing last quarter with the quarter before it needs up to 276, counted back from today.',
      null,
    ]);
  });
});

/**
 * The team page's early warning looks back 35 days whatever the period (lib/metrics/early-warning.ts)
 * and is withheld for every rep when they reach past what is kept (lib/team/rep-row.ts): retention 34
 * keeps from 34 days ago, retention 35 from exactly the warning's first instant.
 */
describe('the team page’s early warning and retention', () => {
  const early =
    "the team page's early warning looks back 35 days (the last 7 and the 4 weeks before them), so it is withheld for every rep";

  it('retention 30 or 34 with the period on the last 7 or 14 days: only the early warning is short of days', () => {
    expect(retentionWarning({ retentionDays: 30, followUpDays: 14, period: '7d' })).toBe(
      `Touchline keeps 30 days: ${early}.`,
    );
    expect(retentionWarning({ retentionDays: 34, followUpDays: 14, period: '14d' })).toBe(
      `Touchline keeps 34 days: ${early}.`,
    );
  });

  it('retention 30 with the period on the last 30 days and follow-up limit 30: every loss is named, in turn', () => {
    expect(retentionWarning({ retentionDays: 30, followUpDays: 30, period: '30d' })).toBe(
      `Touchline keeps 30 days: a contact goes cold after 30 days without a touch, so its touches are deleted before it can show as gone cold; comparing the last 30 days with the 30 before needs 60; ${early}.`,
    );
  });
});
