// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { contactViewSchema } from '../../../lib/schema/view-model';
import { metric, renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

/** A new lead: the page was read, nothing on it, nothing logged (lib/metrics/contact-view.ts still gives a band, position "below"). */
function untouchedLead() {
  const j = jordanLee();
  const { lastTouchAt: _none, ...cadence } = j.cadence;
  return contactViewSchema.parse({
    ...j,
    activitiesRead: 0,
    touches: {
      total: 0,
      byChannel: { call: 0, email: 0, meeting: 0, social: 0, sms: 0 },
      automated: 0,
      manual: 0,
      inbound: 0,
      automatedCounted: true,
    },
    recent: [],
    weekly: [],
    crmComparisons: [],
    daysSinceLastTouch: null,
    band: { ...j.band, touches: 0, position: 'below' },
    outcomes: {
      ...j.outcomes,
      replyRate: { value: null, numerator: 0, denominator: 0 },
      connectRate: { value: null, numerator: 0, denominator: 0 },
      meetingsHeld: 0,
      touchesToFirstReply: null,
      touchesToFirstMeeting: null,
    },
    cadence: { ...cadence, daysSinceLastTouch: null, nextDue: null, gaps: [], touchTimes: [] },
  });
}

/**
 * metrics.md bands: "A figure under its band with good reply and meeting rates is efficient, not lazy";
 * an empty contact presents no "0" as a finding. With no touch and no outcome there is nothing to
 * call efficient: the panel says there is no activity, not a verdict on it. lib/metrics still
 * places 0 touches "below"; the band meter leaves the position out.
 */
describe('a contact with no activity at all', () => {
  it('does not call zero touches "below the band: efficient if the outcomes below are good"', () => {
    renderPanel({ status: 'ready', view: untouchedLead() });
    expect(screen.getByText(/No activity on this record yet/)).toBeTruthy();
    expect(document.body.textContent).not.toContain('efficient');
  });

  it('still shows the band, with no position on it and no marker', () => {
    const { container } = renderPanel({ status: 'ready', view: untouchedLead() });
    expect(metric(container, 'band').dataset.value).toBe('8-14');
    expect(container.querySelector('.tl-band')?.textContent).not.toMatch(/\bbelow\b/);
    expect(container.querySelector('.tl-band-marker')).toBeNull();
    expect(container.querySelector('.tl-band-meter')?.getAttribute('aria-label')).toBe(
      '0 touches, the mid-market band is 8 to 14',
    );
  });
});

describe('a contact with one touch, below the band', () => {
  it('keeps its position and the hint: one touch is effort to judge by its outcomes', () => {
    const view = jordanLee();
    view.band = { motion: 'mid-market', low: 8, high: 14, position: 'below', touches: 1, samePeriod: true };
    const { container } = renderPanel({ status: 'ready', view });
    expect(container.querySelector('.tl-position')?.textContent).toBe('below');
    expect(container.textContent).toContain('Below the band: efficient if the outcomes below are good.');
  });
});
