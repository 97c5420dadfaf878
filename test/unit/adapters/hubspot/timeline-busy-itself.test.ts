/**
 * Review s35 r3 (never silent). README: a timeline the CRM shows only partly loaded is reported as
 * partly read. The busy marker may sit on the timeline element itself, and HubSpot's skeleton rows
 * (public CSS: `SkeletonText-`) may follow the items drawn: both mean more items are on their way.
 */
import { describe, expect, it } from 'vitest';
import type { ReadOk, ReadResult } from '../../../../lib/schema/read-result';
import { readFixture } from './read-page';

function read(result: ReadResult): ReadOk {
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  return result;
}

const timelineGaps = (r: ReadOk) => r.notRead.filter((n) => n.field === 'activities');

function timelineOf(doc: Document): Element {
  const timeline = doc.querySelector('[data-test-id="crm-events-viz-timeline"]');
  if (!timeline) throw new Error('no timeline');
  return timeline;
}

describe('HubSpot: a timeline still loading more items is reported as partly read', () => {
  it('with aria-busy="true" on the timeline element itself', () => {
    const reading = read(
      readFixture('contact-long-timeline', (doc) => timelineOf(doc).setAttribute('aria-busy', 'true')),
    );
    expect(reading.activities).toHaveLength(15);
    expect(timelineGaps(reading)).not.toEqual([]);
  });

  it('with skeleton rows below the items shown', () => {
    const reading = read(
      readFixture('contact-long-timeline', (doc) => {
        const rows = doc.createElement('div');
        for (let i = 0; i < 2; i++) {
          const row = doc.createElement('span');
          row.className = 'SkeletonText-sc-1x5b7d';
          rows.append(row);
        }
        timelineOf(doc).append(rows);
      }),
    );
    expect(reading.activities).toHaveLength(15);
    expect(timelineGaps(reading)).not.toEqual([]);
  });
});
