// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { NotRead } from '../../../lib/schema/read-result';
import type { ContactView } from '../../../lib/schema/view-model';
import { at, contact, NOW, note, settings, task } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/** Salesforce's timeline filtered to "Notes": timeline-gaps.ts reports `activities` not read in full. */
const FILTERED: NotRead = { field: 'activities', reason: 'the activity timeline is filtered to "Notes"' };

function render(view: ContactView, notRead: NotRead[]) {
  return renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
}

/**
 * Touchline stored a note and a task, no touch, from a timeline shown in part: the calls and
 * emails filtered out may well exist. page-not-read.test.tsx covers the case with nothing stored.
 */
describe('a partly read timeline whose stored activities hold no touch', () => {
  const view = () =>
    buildContactView({
      contact: contact(),
      activities: [note(at('2026-11-10 09:00')), task(at('2026-11-12 09:00'))],
      settings: settings(),
      now: NOW,
    });

  it('gives the last touch no value, with the timeline as the reason, never "no touches yet"', () => {
    const { container } = render(view(), [FILTERED]);
    expect(container.textContent).toMatch(/may miss some/);
    const last = metric(container, 'days-since-last-touch');
    expect([last.dataset.value, last.dataset.reason]).toEqual(['', 'activities-not-read']);
    expect(container.textContent).not.toMatch(/no touches yet|No touches in last 30 days/);
  });

  it('says touches may be in the part not read, so the last touch and the overdue next step may be wrong', () => {
    const { container } = render(view(), [FILTERED]);
    const notice = container.querySelector('[data-notice="touches-may-be-unread"]');
    expect(notice?.textContent).toMatch(
      /no touch in last 30 days among what it read, but touches may be in the part of the\s+timeline it could not read: the last touch and the next step below may be wrong/,
    );
    // The step itself is still computed from what is stored (next-touch.ts); the notice above qualifies it.
    expect(metric(container, 'next-touch-due').dataset.overdue).toBe('true');
  });

  it('keeps "no touches yet" and "No touches in …" for the same record read in full', () => {
    const { container } = render(view(), []);
    expect(metric(container, 'days-since-last-touch').dataset.reason).toBe('no-touches');
    expect(container.textContent).toMatch(/no touches yet/);
    expect(container.textContent).toMatch(/No touches in last 30 days/);
    expect(container.querySelector('[data-notice="touches-may-be-unread"]')).toBeNull();
  });
});
