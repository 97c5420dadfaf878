// @vitest-environment happy-dom
/**
 * Maria Jensen's Lightning contact page, Fri 20 Nov 2026 15:00 UTC. Her activity timeline shows
 * "This Month" with two completed Tasks the rep logged on Mon 2 Nov — a call and an email, both
 * dated by their due day only ("Nov 2", crm-evidence-2.md: Salesforce Tasks show their due day) —
 * and "Load More Past Activities" under the last group. The past activities are grouped newest
 * first, so whatever the control loads is older than every item shown (contracts.md NotRead
 * `part: 'older'`): her last touch, 2 Nov, 18 days ago, is surely her newest.
 *
 * The panel says "18 days ago" and gone cold plainly: her last touch, dated by day, is compared
 * with the oldest loaded item's bound (the end of 2 Nov) as of the end of its own day, never as
 * "older than every item loaded" with "a newer touch may be in the part not read".
 */
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { COLD_READ_IN_PART } from '../../../lib/metrics/timeline-read-in-part';
import { contactPage, item, timeline, URL_CONTACT } from '../adapters/salesforce/contact-page';
import { metric, renderPanel } from '../components/render-panel';
import { extension } from './chain';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

const call = item({
  token: 'Task',
  icon: 'log-a-call',
  iconTitle: 'Call',
  subject: 'Call',
  id: '00T5g00000RVX01AAN',
  date: 'Nov 2',
  summary: 'You logged a call with Maria Jensen',
  checkbox: 'checked',
});
const email = item({
  token: 'Task',
  icon: 'email',
  iconTitle: 'Email',
  subject: 'Email: Pilot pricing',
  id: '00T5g00000RVX02AAN',
  date: 'Nov 2',
  summary: 'You sent an email to Maria Jensen',
  checkbox: 'checked',
});
const loadMore =
  '<div class="slds-m-vertical_small"><button class="slds-button slds-button_neutral">Load More Past Activities</button></div>';

it("a last touch on the oldest day loaded (dated by day) gets no 'newer touch may be unread' caveat", async () => {
  const ext = extension();
  const html = contactPage(
    timeline('', [{ heading: 'This Month', items: call + email }]).replace(/<\/div>$/, `${loadMore}</div>`),
  );
  const { reading, view } = await openPage(ext, html, URL_CONTACT);
  expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([expect.objectContaining({ part: 'older' })]);
  const container = renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: reading.notRead } },
  ).container;
  const days = metric(container, 'days-since-last-touch');
  expect(days.dataset.value).toBe('18');
  expect(days.textContent).not.toContain(COLD_READ_IN_PART);
  const cold = metric(container, 'gone-cold');
  expect(cold.textContent).not.toContain(COLD_READ_IN_PART);
});
