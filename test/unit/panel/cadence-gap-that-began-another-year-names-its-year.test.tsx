// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { renderPanel } from '../components/render-panel';
import { at, call, contact, email, NOW, settings } from '../metrics/builders';

afterEach(cleanup);

/** The cadence card's text for Jordan's history, default settings (Los Angeles, last 30 days), now Fri 20 Nov 2026. */
function cadenceCard(activities: Activity[]): string {
  const view = buildContactView({
    contact: contact({ createdAt: at('2025-12-01 08:00') }),
    activities,
    settings: settings(),
    now: NOW,
  });
  const { container } = renderPanel({ status: 'ready', view });
  return container.querySelector('[aria-label="Cadence"]')?.textContent ?? '';
}

/**
 * metrics.md, Cadence: the open interval after the last touch, longer than its limit, is a gap, and
 * the panel lists the gaps that overlap its period. Every other date the panel prints from another
 * year says its year (formatDay, formatShortDate with today): a gap's start must too, or "325 d from
 * 30 Dec" reads as a date ahead of today.
 */
describe('the cadence card names the year of a gap that began in another year', () => {
  it('a call on Tue 30 Dec 2025 and nothing since: 325 days from 30 Dec 2025', () => {
    // 30 Dec 2025 -> 31 Dec: 1 day; January to October 2026: 304; then 20 days of November: 325.
    expect(cadenceCard([call(at('2025-12-30 10:00'), 'no-answer')])).toContain('1 gap · 325 d from 30 Dec 2025');
  });

  it('(control) a gap that began this year is printed without a year', () => {
    // One email on Mon 2 Nov: step 2 (2 business days + 1 of grace) is late; 2 Nov -> 20 Nov is 18 days.
    const card = cadenceCard([email(at('2026-11-02 09:00'))]);
    expect(card).toContain('1 gap · 18 d from 2 Nov');
    expect(card).not.toContain('2 Nov 2026');
  });
});
