// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { NotRead } from '../../../lib/schema/read-result';
import type { ContactView } from '../../../lib/schema/view-model';
import { at, contact, NOW, note, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * Review s61 (hslang). A page in a language Touchline has no words for (Japanese, Polish): every
 * item is read, its type is not ("only its wording says what it was"), so none is counted as a
 * touch. The contact was called yesterday: the panel must not say "No touches in last 30 days"
 * nor give the next step without saying it may be wrong (crm-pages.md: report what could not be read).
 */
const untyped = (i: number): NotRead => ({
  field: `activities[${i}].type`,
  reason: 'only its wording says what it was (a touch or not), in a language Touchline has no words for',
});

function render(view: ContactView, notRead: NotRead[]) {
  return renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
}

describe('a contact page whose items were read but not their types', () => {
  const view = () =>
    buildContactView({
      contact: contact(),
      activities: [note(at('2026-11-10 09:00'))],
      settings: settings(),
      now: NOW,
    });

  it('says a touch may be among the items not typed, so the last touch and next step may be wrong', () => {
    const { container } = render(view(), [untyped(0), untyped(1), untyped(2)]);
    const notice = container.querySelector('[data-notice="touches-may-be-untyped"]');
    expect(notice?.textContent).toMatch(
      /no touch in last 30 days among what it read, but the type of 3 activities on the page was not read: one may be a touch, so the last touch and the next step below may be wrong/,
    );
    expect(container.textContent).not.toMatch(/No touches in last 30 days\./);
    expect(metric(container, 'next-touch-due').dataset.value).not.toBe('');
  });

  it('keeps "No touches in …" when every item was typed', () => {
    const { container } = render(view(), []);
    expect(container.textContent).toMatch(/No touches in last 30 days\./);
    expect(container.querySelector('[data-notice="touches-may-be-untyped"]')).toBeNull();
  });
});
