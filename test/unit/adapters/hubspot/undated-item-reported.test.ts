/**
 * Review s35 r3 (never silent). contracts.md: `timestamp` is absent and `dateText` kept when the
 * page's date cannot be parsed; README: what is not read is a `notRead` entry. An item whose date
 * element is gone was kept undated without a word, and on a page stripped of classes and test ids
 * an item dated "sometime" was dropped altogether (the item finder found items by their dates).
 */
import { describe, expect, it } from 'vitest';
import type { ReadOk, ReadResult } from '../../../../lib/schema/read-result';
import { stripPage } from '../../../robustness/page-transforms';
import { readFixture } from './read-page';

function read(result: ReadResult): ReadOk {
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  return result;
}

const dateGaps = (r: ReadOk) =>
  r.notRead.filter((n) => /^activit/.test(n.field) && /timestamp|date/i.test(`${n.field} ${n.reason}`));

/** Sets the text of the element whose own text is exactly `from`; throws when there is none. */
function retext(doc: Document, from: string, to: string): void {
  const el = Array.from(doc.querySelectorAll('*')).find((e) => e.children.length === 0 && e.textContent === from);
  if (!el) throw new Error(`no element reads "${from}"`);
  el.textContent = to;
}

describe('HubSpot: an item whose date the page does not show', () => {
  it('the "Pricing for 2027" email with its timestamp element gone is read undated and reported', () => {
    const reading = read(
      readFixture('contact-preview-feed', (doc) => {
        const card = Array.from(doc.querySelectorAll('[data-test-id="timeline-preview-event"]')).find((c) =>
          c.textContent?.includes('Email sent by Alex Morgan'),
        );
        const stamp = card?.querySelector('[data-test-id="event-timestamp"]');
        if (!stamp) throw new Error('no timestamp to remove');
        stamp.remove();
      }),
    );
    expect(reading.activities).toHaveLength(7);
    const index = reading.activities.findIndex((a) => a.title === 'Pricing for 2027');
    expect(reading.activities[index]?.timestamp).toBeUndefined();
    expect(dateGaps(reading).some((n) => n.field === `activities[${index}].timestamp`)).toBe(true);
  });
});

describe('HubSpot without test ids or classes: an item with an unreadable date', () => {
  it('an item dated "sometime" is still read (undated) and reported, not dropped', () => {
    const stripped = read(readFixture('contact-preview-feed', stripPage));
    const reading = read(
      readFixture('contact-preview-feed', (doc) => {
        stripPage(doc);
        retext(doc, 'Nov 17, 2026 at 10:05 AM', 'sometime');
      }),
    );
    expect(reading.activities).toHaveLength(stripped.activities.length);
    expect(dateGaps(reading)).not.toEqual([]);
  });

  it('still reads the note dated "sometime last spring" (9 items, as with classes) and reports its date', () => {
    const reading = read(readFixture('contact-relative-dates', stripPage));
    expect(reading.activities).toHaveLength(9);
    expect(dateGaps(reading)).not.toEqual([]);
  });
});
