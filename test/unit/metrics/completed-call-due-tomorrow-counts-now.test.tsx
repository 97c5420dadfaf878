// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../lib/schema/read-result';
import { metric, renderPanel } from '../components/render-panel';
import { extension } from '../page-to-panel/chain';

afterEach(cleanup);

// Salesforce: a Task is listed under past activity once its status is closed, whatever its due
// date, and the timeline dates a task by its due date ("Tomorrow", crm-evidence-2.md). The rep had
// a follow-up call task due Saturday 21 Nov, called Mara on Friday 20 Nov, reached her ("Meaningful
// Connect", read as connected since 0.7.23) and completed the task. The page reader dates it by
// the due date shown, tomorrow (lib/locale/calendar-day.ts: "tomorrow covers a task due the next
// day"), and it is done: not planned.
const page: ReadResult = {
  status: 'read',
  crm: 'salesforce',
  tenant: 'northwind.lightning.force.com',
  kind: 'contact',
  recordId: '0035g00000KpQ2XAAV',
  record: { name: 'Mara Oyelaran', company: 'Northwind Cold Chain' },
  activities: [
    {
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-11-21T00:00:00.000Z',
      timePrecision: 'day',
      title: 'Follow-up call: pilot pricing',
      byViewer: true,
      automated: false,
      outcome: 'connected',
      planned: false,
      sourceId: '00T5g00000Ab9Z1EAJ',
    },
    {
      type: 'email',
      channel: 'email',
      direction: 'outbound',
      timestamp: '2026-11-12T00:00:00.000Z',
      timePrecision: 'day',
      title: 'Pilot pricing for 40 reefers',
      byViewer: true,
      automated: false,
      sourceId: '00T5g00000Ab8Y2EAJ',
    },
  ],
  crmFigures: {},
  notRead: [],
};

describe('a call the CRM shows completed but dates by a due day still ahead', () => {
  it('counts now: the call happened (it is done, not planned), so it is in the touches and the connect rate', async () => {
    // metrics.md: calls are touches; "Planned items of any type are never touches while the CRM
    // shows them as planned" (this one is done), and a meeting "marked done or completed by the
    // CRM" is held whatever its time. By hand, last 30 days: 1 email + 1 call = 2 touches, 1 call
    // attempt connected of 1. The date the page shows is when it was due, not when it happened; the
    // call happened no later than now (as collectTouches already places a printed day not begun yet).
    const touchline = extension('UTC');
    touchline.clock.now = new Date('2026-11-20T15:00:00Z');
    const view = await touchline.save(page);
    const { container } = renderPanel({ status: 'ready', view });
    expect(metric(container, 'touches-total').dataset.value).toBe('2');
    expect(metric(container, 'touches-call').dataset.value).toBe('1');
    expect(metric(container, 'connect-rate').dataset.value).toBe('1.00');
    // Not "last touch 8 days ago" (the email of 12 Nov) on the day the rep reached her.
    expect(metric(container, 'days-since-last-touch').dataset.value).not.toBe('8');
  });
});
