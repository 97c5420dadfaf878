// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { NotRead } from '../../../lib/schema/read-result';
import { at, call, contact, NOW, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * Jordan Lee's HubSpot page with the timeline filtered to "Calls" (crm-evidence-2.md: filter tabs
 * `timeline-tab-filter-*`). Read: a connected call Mon 2 Nov 10:00 and a no-answer Mon 16 Nov
 * 10:00 (Los Angeles). The rep's emails and LinkedIn messages in between, and since, are behind
 * the filter.
 *
 * By hand from metrics.md (mid-market cadence 0 email, 2 call, 4 email…; gap = interval longer
 * than the planned spacing + 1 business day): from what was read, 2 Nov → 16 Nov is 10 business
 * days against 2 + 1, and 16 Nov → now (Fri 20 Nov 07:00) 4 business days against 2 + 1: 2 gaps,
 * last touch 4 days ago. But any email behind the filter closes those gaps and is a newer last
 * touch: both figures may be wrong, and the page said so (notRead). The panel hedges the next step
 * and gone cold on such a page (timeline-read-in-part.ts), yet shows "2 gaps · 14 d from 2 Nov"
 * and "last touch 4 days ago" as facts: a manager reads a rep who left Jordan for two weeks.
 */
const FILTERED_TO_CALLS: NotRead = { field: 'activities', reason: 'the activity timeline is filtered to "Calls"' };

function cadenceOf(notRead: NotRead[]) {
  const activities = [call(at('2026-11-02 10:00'), 'connected'), call(at('2026-11-16 10:00'), 'no-answer')];
  const view = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });
  const { container } = renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
  return {
    gaps: metric(container, 'cadence-gaps'),
    gapsLine: metric(container, 'cadence-gaps').parentElement?.textContent ?? '',
    lastTouchLine: metric(container, 'days-since-last-touch').parentElement?.textContent ?? '',
  };
}

const HEDGE = /read in part|part not read|not read/i;

describe('cadence figures on a contact timeline filtered to calls', () => {
  it('(control) read in full: 2 gaps, the first 14 days from 2 Nov, last touch 4 days ago', () => {
    const { gaps, gapsLine, lastTouchLine } = cadenceOf([]);
    expect(gaps.dataset.value).toBe('2');
    expect(gapsLine).toContain('14 d from 2 Nov');
    expect(lastTouchLine).toBe('last touch 4 days ago');
  });

  it('says beside the gaps that touches behind the filter may close them', () => {
    expect(cadenceOf([FILTERED_TO_CALLS]).gapsLine).toMatch(HEDGE);
  });

  it('says beside "last touch 4 days ago" that a newer touch may be behind the filter', () => {
    expect(cadenceOf([FILTERED_TO_CALLS]).lastTouchLine).toMatch(HEDGE);
  });
});
