import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * deal-activity-groups has an "Open Activities" related list (crm-evidence-2.md: related lists may
 * sit in a tab not selected; the record is still that record). An open item the timeline does not
 * show (its filter hides it, or the layout has no timeline) is listed there only: still open.
 */
describe('an open activity listed only in the Open Activities related list', () => {
  it('is read as planned, not as a done call', () => {
    const page = fixturePage('salesforce', 'deal-activity-groups');
    const html = edited(page.html, [
      '<td>11/24/2026</td></tr>',
      '<td>11/24/2026</td></tr>\n<tr><th><a href="/lightning/r/Task/00T5g00000DpQ9zEAF/view">Call: pricing follow-up</a></th><td><a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a></td><td>11/27/2026</td></tr>',
    ]);
    const call = readPage(html, page.url).activities.find((a) => a.title === 'Call: pricing follow-up');
    expect(call).toMatchObject({ type: 'call', timestamp: '2026-11-27T00:00:00.000Z', planned: true });
  });
});
