// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { metric, renderPanel } from '../components/render-panel';
import { asContact, extension } from './chain';
import { openPage } from './open-hand-written-page';
import { sfContactPage, sfContactUrl, sfItem } from './salesforce-hand-page';

afterEach(cleanup);

/**
 * metrics.md "Meetings": a meeting is held when "marked done or completed by the CRM, listed in the
 * CRM's past section". Lightning dates an Event by its day only ("Today"): stored at that day's
 * midnight, it waited for the day to end, so a meeting the page lists as had this morning counted
 * from tomorrow. Clock 2026-11-20 15:00 UTC.
 */
it('"You had an Event with Marta Quinn" in This Month, dated Today, is a meeting held today', async () => {
  const ext = extension('UTC');
  const past = [
    sfItem('Event', '00U5e00000AbCdE', 'Pilot kickoff', 'You had an Event with Marta Quinn', 'Today'),
    sfItem('Task', '00T5e00000AbCdF', 'Call', 'You logged a call with Marta Quinn', 'Nov 12'),
  ].join('');
  const html = sfContactPage('0035e00000XyZaB', 'Marta Quinn', '', [['This Month', past]]);
  const view = asContact((await openPage(ext, html, sfContactUrl('0035e00000XyZaB'))).view);
  const { container } = renderPanel({ status: 'ready', view });
  expect(metric(container, 'meetings-held').dataset.value).toBe('1');
  expect(metric(container, 'touches-meeting').dataset.value).toBe('1');
  expect(metric(container, 'touches-total').dataset.value).toBe('2');
  expect(view.outcomes.touchesToFirstMeeting).toBe(1);
});
