// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { contact, email, NOW, settings, undated } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * contracts.md (Panel test contract): "where a value cannot be computed, data-value="" and
 * data-reason says why". metrics.md (Cadence): a gap is an interval between consecutive outbound
 * touches (or from the last one to now) longer than the planned spacing + 1 business day.
 *
 * Outbound emails whose dates the page printed in a way Touchline could not read (kept with their
 * dateText, no timestamp: contracts.md "Activity fields") may fall anywhere in Jordan's history:
 * nobody can tell whether the rep kept the mid-market rhythm (0 email, 2 call, 4 email, ...) or left
 * 10 days between them. The card says so for the gaps as it does for the next step, never a bare
 * "0 gaps" a rep reads as "on rhythm".
 */
function gapsFor(activities: Activity[]) {
  const view = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });
  const { container } = renderPanel({ status: 'ready', view });
  return { container, gaps: metric(container, 'cadence-gaps') };
}

describe('cadence gaps beside outbound touches the page did not date', () => {
  it('counts no gaps, with the reason, when every outbound touch is undated', () => {
    const { container, gaps } = gapsFor([
      undated('Tuesday at 9:12 AM', { title: 'Route pricing v2' }),
      undated('Friday at 2:40 PM', { title: 'Following up on route pricing' }),
      undated('Wednesday at 8:05 AM', { title: 'Last try: fleet pilot' }),
    ]);
    // The same card already treats these touches as making the rhythm unknown.
    expect(metric(container, 'days-since-last-touch').dataset.value).toBe('');
    expect(metric(container, 'next-touch-due').dataset.value).toBe('');
    expect(gaps.dataset.value).toBe('');
    expect(gaps.dataset.reason).toBe('undated-touches');
    expect(gaps.textContent).toBe('3 touches without a readable date: the gaps between touches cannot be counted.');
  });

  it('gives the gaps among the dated touches with the caveat the next step carries', () => {
    // One dated email on Mon 9 Nov (LA), then two of unreadable date. Counted from the dated one
    // alone: step 2 (call, 2 business days) is late after 3, and Mon 9 → Fri 20 Nov is 9 business
    // days, so 1 gap of 11 days; the undated emails may be steps 2 and 3 done on time.
    const { gaps } = gapsFor([
      email('2026-11-09T17:00:00.000Z', 'Route pricing v2'),
      undated('Wednesday at 8:05 AM', { title: 'Following up on route pricing' }),
      undated('Friday at 2:40 PM', { title: 'Checking in' }),
    ]);
    expect(gaps.dataset.value).toBe('1');
    expect(gaps.parentElement?.textContent).toBe(
      '1 gap · 11 d from 9 Nov (2 touches without a readable date are not counted: one may fall between the touches counted.)',
    );
  });

  it('says nothing more beside dated touches only', () => {
    const { gaps } = gapsFor([email('2026-11-09T17:00:00.000Z', 'Route pricing v2')]);
    expect(gaps.parentElement?.textContent).toBe('1 gap · 11 d from 9 Nov');
  });
});
