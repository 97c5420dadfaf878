// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * crm-pages.md: loading placeholders are `li.runtime_sales_activitiesActivityTimelineFixedStencil`
 * ("wait until they are gone"); crm-evidence-2.md: the same element is the rendered item once it
 * has content. README: "A timeline the CRM shows filtered, folded or only partly loaded … is
 * reported as partly read." Without class names: `lightning-spinner` renders `div[role="status"]`
 * with its assistive text and two empty dots (salesforce/base-components-recipes spinner.html),
 * and WAI-ARIA marks a region still loading `aria-busy="true"`. Oracle, by hand: while the timeline
 * still loads entries, the reading is loading or says the activities are partial, never a
 * complete timeline holding only what arrived first. (Moved from zz-review-salesforce.)
 */
const STENCIL =
  '<li class="runtime_sales_activitiesActivityTimelineFixedStencil"><div class="slds-media"><div class="slds-media__figure"><span class="stencil-avatar"></span></div><div class="slds-media__body"><div class="stencil-line"></div><div class="stencil-line"></div></div></div></li>';
const SPINNER =
  '<div class="slds-is-relative"><lightning-spinner class="slds-spinner_container"><div role="status" class="slds-spinner slds-spinner_small"><span class="slds-assistive-text">Loading</span><div class="slds-spinner__dot-a"></div><div class="slds-spinner__dot-b"></div></div></lightning-spinner></div>';

const TASK = item({
  token: 'Task',
  icon: 'task',
  iconTitle: 'Task',
  subject: 'Send proposal',
  id: '00T5g00000OpEnTAAA',
  date: 'Nov 24',
  summary: 'You have an upcoming Task with Maria Jensen',
});
const CALL = item({
  token: 'Task',
  icon: 'log-a-call',
  iconTitle: 'Call',
  subject: 'Call',
  id: '00T5g00000CaLl1AAA',
  date: '3:15 PM | Nov 17',
  summary: 'You logged a call with Maria Jensen',
});

const reading = (body: string, transform: 'none' | 'stripped' | 'renamed' = 'none') =>
  read(contactPage(body), transform);
const activityGaps = (r: ReturnType<typeof reading>) => r.notRead.filter((n) => n.field === 'activities');
const toldPartial = (r: ReturnType<typeof reading>) => (r.status as string) === 'loading' || activityGaps(r).length > 0;

describe('a Salesforce timeline still loading some of its entries', () => {
  it('guard: a timeline of placeholders only is loading', () => {
    expect(reading(timeline(STENCIL, [{ heading: 'This Month', items: STENCIL }])).status).toBe('loading');
  });

  it('guard: a fully loaded timeline says nothing of loading', () => {
    expect(activityGaps(reading(timeline(TASK, [{ heading: 'This Month', items: CALL }])))).toEqual([]);
  });

  it('open items loaded, the past section still placeholders: partly read', () => {
    const r = reading(timeline(TASK, [{ heading: 'This Month', items: STENCIL + STENCIL }]));
    expect(r.status).toBe('read');
    expect(activityGaps(r)).toEqual([{ field: 'activities', reason: expect.stringContaining('still loading') }]);
  });

  it('older items loading below the ones shown: partly read', () => {
    const r = reading(timeline('', [{ heading: 'November • 2026', items: CALL + STENCIL + STENCIL }]));
    expect(activityGaps(r)).toEqual([{ field: 'activities', reason: expect.stringContaining('still loading') }]);
  });

  it.each(['none', 'stripped', 'renamed'] as const)('a spinner below the items (%s classes): partly read', (t) => {
    const r = reading(timeline('', [{ heading: 'November • 2026', items: CALL }]) + SPINNER, t);
    expect(toldPartial(r)).toBe(true);
    expect(r.activities.map((a) => a.title)).toContain('Call');
  });

  it.each(['none', 'stripped', 'renamed'] as const)('a month list still busy (%s classes): partly read', (t) => {
    const busy = timeline('', [{ heading: 'November • 2026', items: CALL }]).replace(
      /(November • 2026<\/button><\/h3>\s*<ul class="slds-timeline__list")/,
      '$1 aria-busy="true"',
    );
    expect(busy).toContain('aria-busy');
    expect(toldPartial(reading(busy, t))).toBe(true);
  });

  it.each(['none', 'stripped', 'renamed'] as const)(
    'an older month still busy below (%s classes): partly read',
    (t) => {
      const older = '<section aria-busy="true"><h3>October • 2026</h3><ul></ul></section>';
      expect(toldPartial(reading(timeline(TASK, [{ heading: 'November • 2026', items: CALL }]) + older, t))).toBe(true);
    },
  );

  it('guard: a status line with text only (a live region, no spinner dots) is not loading', () => {
    const status = '<div role="status">2 items</div>';
    const r = reading(timeline('', [{ heading: 'November • 2026', items: CALL }]) + status);
    expect(activityGaps(r)).toEqual([]);
  });
});
