/**
 * Review s35 r3 (never a confident 0). A timeline with no items says so in words ("No activity
 * yet"); one that shows nothing at all (not drawn yet, or emptied) says nothing, and is not read as
 * "no activity".
 */
import { describe, expect, it } from 'vitest';
import type { ReadOk, ReadResult } from '../../../../lib/schema/read-result';
import { readFixture } from './read-page';

function read(result: ReadResult): ReadOk {
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  return result;
}

/** The timeline with every child removed, then a paragraph saying `text` where there is one. */
const emptied = (text: string) => (doc: Document) => {
  const timeline = doc.querySelector('[data-test-id="crm-events-viz-timeline"]');
  if (!timeline) throw new Error('no timeline');
  timeline.replaceChildren();
  if (!text) return;
  const p = doc.createElement('p');
  p.textContent = text;
  timeline.append(p);
};

describe('HubSpot: a deal whose timeline element is empty', () => {
  it('(no items, no empty-state text) says the timeline was not read', () => {
    const reading = read(readFixture('deal-stage-history', emptied('')));
    expect(reading.activities).toEqual([]);
    expect(reading.notRead.filter((n) => n.field === 'activities')).not.toEqual([]);
  });

  it('(control) saying it has no activity is read as none, without a timeline gap', () => {
    const reading = read(readFixture('deal-stage-history', emptied('No activity yet')));
    expect(reading.activities).toEqual([]);
    expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
