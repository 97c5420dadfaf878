// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstNumbers } from '../../../lib/content/first-numbers';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { NotRead } from '../../../lib/schema/read-result';
import type { DealView } from '../../../lib/schema/view-model';
import { at, contact, deal, NOW, note, settings, task } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/** A timeline filtered to "Notes": the calls and emails filtered out may exist. */
const FILTERED: NotRead = { field: 'activities', reason: 'the activity timeline is filtered to "Notes"' };
const stored = [note(at('2026-11-10 09:00')), task(at('2026-11-12 09:00'))];

function renderDeal(view: DealView, notRead: NotRead[]) {
  return renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
}

describe('a deal whose timeline was read in part and whose stored activities hold no touch', () => {
  const view = () =>
    buildDealView({ deal: deal(), activities: stored, contacts: [], summaries: [], settings: settings(), now: NOW });

  it('gives the last touch no value with the timeline as the reason, and says touches may be unread', () => {
    const { container } = renderDeal(view(), [FILTERED]);
    const last = metric(container, 'days-since-last-touch');
    expect([last.dataset.value, last.dataset.reason]).toEqual(['', 'activities-not-read']);
    expect(container.querySelector('[data-notice="touches-may-be-unread"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/no touches yet|No touches in last 30 days/);
  });

  it('keeps "no touches yet" when the same deal was read in full', () => {
    const { container } = renderDeal(view(), []);
    expect(metric(container, 'days-since-last-touch').dataset.reason).toBe('no-touches');
  });
});

describe('the first numbers drawn before the whole panel, on a contact read in part', () => {
  const view = () => buildContactView({ contact: contact(), activities: stored, settings: settings(), now: NOW });
  const lastTouch = (root: HTMLElement) =>
    root.querySelector<HTMLElement>('[data-metric="days-since-last-touch"]') ?? document.createElement('i');

  it('never say "no touches yet" for a timeline read in part', () => {
    const last = lastTouch(firstNumbers(view(), [FILTERED]));
    expect([last.dataset.value, last.dataset.reason]).toEqual(['', 'activities-not-read']);
    expect(last.textContent).not.toMatch(/no touches yet/);
  });

  it('say "no touches yet" for the same contact read in full', () => {
    expect(lastTouch(firstNumbers(view(), [])).textContent).toBe('no touches yet');
  });
});
