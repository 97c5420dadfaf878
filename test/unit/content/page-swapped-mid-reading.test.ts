// @vitest-environment happy-dom
// Review s41: a reading runs in slices, and the page may change between them (read-in-slices.ts).
// After a route change the CRM may swap the record left's page for the new record's while a
// reading is half done: its header read from the page left, its timeline from the new one.
import { describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import type { Adapter } from '../../../lib/adapters/types';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import type { ReadResult } from '../../../lib/schema/read-result';
import type { RecordRef } from '../../../lib/schema/record';
import {
  ANA,
  BEN,
  draw,
  navigate,
  savedUnder,
  sessionPerTest,
  setUrl,
  shownReading,
  adapter as spaAdapter,
  urlOf,
  wait,
  watchRoute,
} from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

/** What the CRM does during the next reading's pause, right after the header was read. */
let duringNextReading: (() => void) | undefined;

/** spa-world's adapter, the CRM given the thread between reading the header and the timeline. */
const adapter: Adapter = {
  ...spaAdapter,
  *readSteps(doc, url) {
    const ref = spaAdapter.detect(url) as RecordRef;
    yield;
    const name = doc.querySelector('h1')?.textContent ?? '';
    if (!name) return { ...ref, status: 'loading', reason: 'no header' } as ReadResult;
    yield;
    const swap = duringNextReading;
    duringNextReading = undefined;
    swap?.();
    yield;
    return shownReading(doc, ref, name);
  },
};

describe("the CRM swapping A's page for B's in the middle of a reading, after a route change to B", () => {
  it('never names B after A, on the panel or in what is saved', async () => {
    setUrl(urlOf('A'));
    draw(ANA);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const session = createRecordSession(pageReaderOf(adapter), store, lifetime.signal);
    const shown = () => {
      const s = store.get().state;
      return s.status === 'ready' ? `${s.view.recordKey}|${s.view.name}` : s.status;
    };
    const history: string[] = [];
    store.subscribe(() => history.push(shown()));
    session.onRoute(new URL(urlOf('A')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:A|Ana Alvarez'), { timeout: 5000 });

    navigate(session, urlOf('B'));
    await wait(300);
    // A's timeline, still on screen, draws one more item: the watcher reads again, and while that
    // reading is between its header and its timeline the CRM puts B's page in place of A's.
    duringNextReading = () => draw(BEN);
    const li = document.createElement('li');
    li.setAttribute('data-id', 'a3');
    li.textContent = 'Note on Ana';
    document.getElementById('timeline')?.append(li);
    await wait(4000);
    expect(history).not.toContain('hubspot:4410021:contact:B|Ana Alvarez');
    expect(savedUnder('B').names).not.toContain('Ana Alvarez');
    expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks');
  });
});

describe('a page left that changes during every reading until past the settle time (a busy CRM)', () => {
  it('is not reported as the new record once the settle time is over, and the new record is once it shows', async () => {
    setUrl(urlOf('B'));
    draw(`${ANA}<div id="spin" style="transform: rotate(0deg)"></div>`);
    let deg = 0;
    let busy = true;
    const tearing: typeof readRecordPageInSlices = async (...args) => {
      const result = await readRecordPageInSlices(...args);
      // The page redrawn while the reading ran: each reading is torn.
      deg += 30;
      if (busy) document.getElementById('spin')?.setAttribute('style', `transform: rotate(${deg}deg)`);
      return result;
    };
    const { reported, stop } = watchRoute('B', {
      readInSlices: tearing,
      leftName: 'Ana Alvarez',
      settleMs: 300,
      loadingTimeoutMs: 5000,
    });
    await wait(1200);
    expect(reported).toEqual([]);
    busy = false;
    draw(BEN);
    await wait(1200);
    stop();
    expect(reported).toEqual(['Ben Brooks: Meeting with Ben']);
  });
});
