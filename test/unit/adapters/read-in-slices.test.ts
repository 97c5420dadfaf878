import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPageInSlices, type Slicing } from '../../../lib/adapters/read-in-slices';
import { type RecordPage, readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import type { Adapter } from '../../../lib/adapters/types';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../fixtures/fixture-files';
import { loadPage } from '../capture/page-window';

const clock = { now: FIXTURE_NOW, timeZone: FIXTURE_ZONE };

/** Runs `use` on a saved page loaded as `npm run inspect` loads it, closing the page only once `use` is done. */
async function withPage<T>(html: string, url: string, use: (doc: Document) => T | Promise<T>): Promise<T> {
  const page = loadPage(html, url);
  try {
    return await use(page.doc);
  } finally {
    page.close();
  }
}

/** The most slices a reading can have: a pause before every step, each a microtask (no timers in tests). */
function everyStep(): Slicing & { pauses: number } {
  const slicing = {
    pauses: 0,
    sliceMs: 0,
    pause: async () => {
      slicing.pauses++;
    },
    cancelled: () => false,
  };
  return slicing;
}

function pageOf(url: string): RecordPage {
  const page = recordPageOf(new URL(url), ADAPTERS);
  if (!page) throw new Error(`${url} is not a record page`);
  return page;
}

describe('a reading in slices reads exactly what the whole reading reads', () => {
  const records = fixtureFiles().filter((f) => recordPageOf(new URL(f.url), ADAPTERS));

  it('on saved pages of every CRM', () => {
    expect(new Set(records.map((f) => f.crm))).toEqual(new Set(['hubspot', 'salesforce', 'pipedrive']));
  });

  for (const fixture of records)
    it(`${fixture.crm}/${fixture.name}`, async () => {
      const url = new URL(fixture.url);
      const page = pageOf(fixture.url);
      const slicing = everyStep();
      const [whole, sliced] = await withPage(fixture.html, fixture.url, async (doc) => [
        readRecordPage(page, doc, url, clock),
        await readRecordPageInSlices(page, doc, url, clock, slicing),
      ]);
      expect(sliced).toEqual(whole);
      // Not one long step: every timeline item read is a pause of its own, and every touch is one.
      if (whole.status === 'read')
        expect(slicing.pauses).toBeGreaterThanOrEqual(whole.activities.filter((a) => a.channel).length);
    });
});

describe('a reading in slices', () => {
  const fixture = fixtureFiles().find((f) => f.crm === 'hubspot' && f.name === 'contact-long-timeline');
  if (!fixture) throw new Error('missing fixture hubspot/contact-long-timeline');
  const url = new URL(fixture.url);
  const page = pageOf(fixture.url);

  it('runs steps back to back until its slice is used up', async () => {
    const wide = { ...everyStep(), sliceMs: 60_000 };
    const result = await withPage(fixture.html, fixture.url, (doc) =>
      readRecordPageInSlices(page, doc, url, clock, wide),
    );
    expect(result?.status).toBe('read');
    expect(wide.pauses).toBe(0);
  });

  it('stops at the first pause after it is cancelled, and reports nothing', async () => {
    let steps = 0;
    const counted: Adapter = {
      ...page.adapter,
      *readSteps(doc, at, time) {
        const reading = page.adapter.readSteps(doc, at, time);
        for (;;) {
          const step = reading.next();
          if (step.done) return step.value;
          steps++;
          yield;
        }
      },
    };
    let cancelled = false;
    const slicing = { ...everyStep(), cancelled: () => cancelled };
    const result = await withPage(fixture.html, fixture.url, (doc) => {
      const reading = readRecordPageInSlices({ ...page, adapter: counted }, doc, url, clock, slicing);
      cancelled = true;
      return reading;
    });
    expect(result).toBeNull();
    // Cancelled at the first pause: at most the first step of the page was read, of many.
    expect(steps).toBeLessThanOrEqual(1);
  });

  it('turns an adapter that throws midway into an unreadable reading that says why', async () => {
    const failing: Adapter = {
      ...page.adapter,
      *readSteps() {
        yield;
        throw new Error('the header moved');
      },
    };
    const result = await withPage(fixture.html, fixture.url, (doc) =>
      readRecordPageInSlices({ ...page, adapter: failing }, doc, url, clock, everyStep()),
    );
    expect(result).toMatchObject({ status: 'unreadable', reason: 'reading the page failed: the header moved' });
  });
});
