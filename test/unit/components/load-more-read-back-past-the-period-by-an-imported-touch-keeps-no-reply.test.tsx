// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeActivity } from '../../../lib/db/page-activities';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, loadMoreUnder, NOW, settings } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * Last month a manager imported the team's HubSpot activity export (with its engagement ids) on the
 * team page. Today (Fri 20 Nov 2026) a rep opens Jordan Lee's HubSpot contact: the timeline loaded
 * every item back to an intro email of Mon 5 Oct (older items behind "Load more", notRead part
 * "older"), then three calls of 10–17 Nov. The intro email on the page is the export's row (same
 * engagement id, same key): the page's sighting updates that stored row, which keeps its origin
 * 'import' (lib/db/page-activities.ts mergeActivity).
 *
 * Period 30 days (from 21 Oct): the page was read back past it (the email of 5 Oct is on the page),
 * so what "Load more" hides is older than the period. metrics.md: "no reply in period" is a fact.
 * How far back the page was loaded is the page reading's own (its feed's oldest item, the email:
 * NotRead.olderThan), whatever origin the stored row keeps.
 */
const intro = { sourceId: '81234567', key: 'hubspot:4410982:activity:81234567' };
const imported = email(at('2026-10-05 09:00'), 'Intro: route pricing', { ...intro, origin: 'import' });
const pageSighting = email(at('2026-10-05 09:00'), 'Intro: route pricing', { ...intro, origin: 'page' });
/** The stored row after the page read the email the export had brought in. */
const introStored = mergeActivity(imported, pageSighting);

const CALLS = [
  call(at('2026-11-10 10:15'), 'no-answer'),
  call(at('2026-11-13 16:40'), 'voicemail'),
  call(at('2026-11-17 09:05'), 'connected'),
];

function outcomesText(): string {
  const view = buildContactView({
    contact: contact(),
    activities: [introStored, ...CALLS],
    settings: settings({ period: '30d' }),
    now: NOW,
  });
  renderPanel(
    { status: 'ready', view },
    {
      capture: {
        testPage: { status: 'idle' },
        onSaveTestPage: vi.fn(),
        notRead: [loadMoreUnder([pageSighting, ...CALLS])],
      },
    },
  );
  const text = screen.getByRole('region', { name: 'Outcomes' }).textContent ?? '';
  cleanup();
  return text;
}

describe('a Load-more contact page read back past the period through a touch an export brought in first', () => {
  it('the stored row of the email the page showed is still origin import', () => {
    expect(introStored.origin).toBe('import');
  });

  it('says "no reply in period" under 30 days', () => {
    const text = outcomesText();
    expect(text).toContain('no reply in period');
    expect(text).not.toContain('not known');
  });
});
