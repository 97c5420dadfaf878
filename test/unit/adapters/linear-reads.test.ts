import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import { type RecordPage, readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import type { PageClock } from '../../../lib/adapters/types';
import type { ReadResult } from '../../../lib/schema/read-result';
import { longTimeline } from '../../bench/long-timeline';
import type { DemoCrm } from '../../demo-crm/demo-crm';
import { demo as hubspot } from '../../demo-crm/hubspot/index';
import { demo as pipedrive } from '../../demo-crm/pipedrive/index';
import { demo as salesforce } from '../../demo-crm/salesforce/index';
import { stripPage } from '../../robustness/page-transforms';

/**
 * Issue 11: a reading is linear in the page. Time is not asserted (that is `npm run bench`'s
 * adapter_read_scaling); work is counted instead: every querySelector / querySelectorAll call
 * may walk all the elements under the node it is asked of, so the reading's query work is the
 * sum of those subtree sizes. A reader that queries the whole record once per item, or every
 * earlier sibling once per item, makes that sum grow with the square of the timeline.
 */
interface Work {
  /** Elements in the rendered page. */
  elements: number;
  /** Elements under the nodes that querySelector(All) was asked of, summed over the calls. */
  scanned: number;
  activities: number;
}

const SMALL = 20;
const LARGE = 200;

type Read = (page: RecordPage, doc: Document, url: URL, clock: PageClock) => ReadResult | Promise<ReadResult | null>;

async function readWork(demo: DemoCrm, items: number, stripped: boolean, read: Read = readRecordPage): Promise<Work> {
  const { world, contactId } = longTimeline(items);
  const contact = world.contacts.find((c) => c.id === contactId);
  if (!contact) throw new Error('no contact');
  const url = new URL(`https://${demo.host}${demo.contactPath(world, contact)}`);
  const window = new Window({ url: url.href });
  try {
    const doc = window.document as unknown as Document;
    demo.render(doc, url, world, 'ready');
    if (stripped) stripPage(doc);
    let scanned = 0;
    const count = (node: ParentNode) => {
      scanned += (node as Element).getElementsByTagName('*').length;
    };
    for (const proto of [window.Element.prototype, window.Document.prototype, window.DocumentFragment.prototype]) {
      const target = proto as unknown as Record<string, (this: ParentNode, selector: string) => unknown>;
      for (const name of ['querySelector', 'querySelectorAll'] as const) {
        const original = target[name];
        if (!original) continue;
        target[name] = function (this: ParentNode, selector: string) {
          count(this);
          return original.call(this, selector);
        };
      }
    }
    const page = recordPageOf(url, ADAPTERS);
    if (!page) throw new Error(`${url} is not a record page`);
    const result = await read(page, doc, url, { now: new Date(world.now), timeZone: 'UTC' });
    return {
      elements: doc.getElementsByTagName('*').length,
      scanned,
      activities: result?.status === 'read' ? result.activities.length : -1,
    };
  } finally {
    window.close();
  }
}

describe('reading a long timeline takes query work in proportion to the page', () => {
  for (const demo of [hubspot, salesforce, pipedrive])
    for (const stripped of [false, true])
      it(`${demo.crm}${stripped ? ', every class, id and data attribute removed' : ''}`, async () => {
        const small = await readWork(demo, SMALL, stripped);
        const large = await readWork(demo, LARGE, stripped);
        // Every item is read on both pages, so the comparison is of like with like.
        expect(small.activities).toBeGreaterThanOrEqual(SMALL);
        expect(large.activities).toBeGreaterThanOrEqual(LARGE);
        // Linear: ten times the items, at most about ten times the work (less where fixed parts
        // of the page weigh in). Work per item that grows with the items grows a hundredfold.
        expect(large.elements).toBeGreaterThan(small.elements * 5);
        expect(large.scanned / small.scanned).toBeLessThan((LARGE / SMALL) * 1.25);
      });
});

describe('a reading in slices (the content script) keeps what it found across its slices', () => {
  // A pause after every step: without one memo across the slices, each would look again at what
  // the earlier ones found (the labels, the page's wording, each item's heading).
  const sliced: Read = (page, doc, url, clock) =>
    readRecordPageInSlices(page, doc, url, clock, { sliceMs: 0, pause: async () => {}, cancelled: () => false });
  for (const demo of [hubspot, salesforce, pipedrive])
    for (const stripped of [false, true])
      it(`${demo.crm}${stripped ? ', every class, id and data attribute removed' : ''}: the query work of the whole reading`, async () => {
        const whole = await readWork(demo, SMALL, stripped);
        const inSlices = await readWork(demo, SMALL, stripped, sliced);
        expect(inSlices.activities).toBe(whole.activities);
        expect(inSlices.scanned).toBe(whole.scanned);
      });
});
