// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, contact, email, NOW, settings } from '../metrics/builders';
import { metric, renderPanel } from './render-panel';

afterEach(cleanup);

/** metrics.md: automated touches left out of the headline are "shown apart", never denied. */
describe('a contact with only automated touches, which the user leaves out', () => {
  it('lists them and says why there is no last touch, not "no touches yet"', () => {
    const view = buildContactView({
      contact: contact(),
      activities: [
        email(at('2026-11-10 09:00'), 'Sequence step 1', { automated: true }),
        email(at('2026-11-13 09:00'), 'Sequence step 2', { automated: true }),
      ],
      settings: settings({ countAutomated: false }),
      now: NOW,
    });
    const { container } = renderPanel({ status: 'ready', view });
    expect(container.querySelectorAll('.tl-recent-row')).toHaveLength(2);
    const last = metric(container, 'days-since-last-touch');
    expect([last.dataset.reason, last.parentElement?.textContent]).toEqual([
      'automated-not-counted',
      expect.stringContaining('only automated touches, which are not counted'),
    ]);
  });
});
