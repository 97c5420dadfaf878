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

/**
 * Review misread56 (s56): with automated touches left out, Recent still lists them among the latest
 * beside a last touch that leaves them out; tagged "auto" alone, a sequence email read as counted.
 */
describe('an automated touch in Recent', () => {
  const recentTags = (countAutomated: boolean) => {
    const view = buildContactView({
      contact: contact(),
      activities: [
        email(at('2026-11-12 09:00'), 'Pricing for 2027'),
        email(at('2026-11-16 09:00'), 'Sequence step 2', { automated: true }),
      ],
      settings: settings({ countAutomated }),
      now: NOW,
    });
    const { container } = renderPanel({ status: 'ready', view });
    const row = [...container.querySelectorAll('.tl-recent-row')].find((r) => r.textContent?.includes('Sequence'));
    return [...(row?.querySelectorAll('.tl-recent-title .tl-tag') ?? [])].map((tag) => tag.textContent);
  };

  it('says it is not counted when the user leaves automated touches out', () => {
    expect(recentTags(false)).toEqual(['auto, not counted']);
  });

  it('is tagged "auto" alone when automated touches count', () => {
    expect(recentTags(true)).toEqual(['auto']);
  });
});
