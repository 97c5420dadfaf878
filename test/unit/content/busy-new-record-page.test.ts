// @vitest-environment happy-dom
// Review s41: a reading during which the page changed is never judged (a page swap may tear it:
// page-swapped-mid-reading.test.ts), yet a new record's page with something that moves all the time
// (an animation, a call timer) tears every reading: it is still shown once the settle time is over,
// not after the whole loading time.
import { describe, expect, it, vi } from 'vitest';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import { ANA, BEN, draw, sessionPerTest, setUrl, urlOf, wait, watchRoute } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));
sessionPerTest();

const SPIN = '<div id="spin" style="transform: rotate(0deg)"></div>';
const SETTLE = { leftName: 'Ana Alvarez', settleMs: 300, loadingTimeoutMs: 5000 };

/** The real reading, the spinner turned while it runs: every reading is torn. */
function spinning(): typeof readRecordPageInSlices {
  let deg = 0;
  return async (...args) => {
    const result = await readRecordPageInSlices(...args);
    deg += 30;
    document.getElementById('spin')?.setAttribute('style', `transform: rotate(${deg}deg)`);
    return result;
  };
}

describe('navigating from Ana to Ben, whose page moves all the time', () => {
  it('shows Ben once the settle time is over, not only after the loading time', async () => {
    setUrl(urlOf('B'));
    draw(BEN + SPIN);
    const { reported, stop } = watchRoute('B', { ...SETTLE, leftItems: [], readInSlices: spinning() });
    await wait(1500);
    stop();
    expect(reported).toEqual(['Ben Brooks: Meeting with Ben']);
  });

  it('shows Ben soon after he is drawn when Ana stayed on screen past the settle time', async () => {
    setUrl(urlOf('B'));
    draw(ANA + SPIN);
    const { reported, stop } = watchRoute('B', { ...SETTLE, readInSlices: spinning() });
    await wait(800);
    expect(reported).toEqual([]);
    draw(BEN + SPIN);
    await wait(1500);
    stop();
    expect(reported).toEqual(['Ben Brooks: Meeting with Ben']);
  });

  it("never shows Ana's name over Ben's items when the page is swapped during a reading past the settle time", async () => {
    setUrl(urlOf('B'));
    draw(ANA + SPIN);
    const turn = spinning();
    let swapNext = false;
    // The CRM puts Ben's page in place of Ana's between the reading's header and its timeline.
    const swapping: typeof readRecordPageInSlices = async (...args) => {
      if (!swapNext) return turn(...args);
      swapNext = false;
      const header = await readRecordPageInSlices(...args);
      draw(BEN + SPIN);
      const timeline = await turn(...args);
      if (header?.status !== 'read' || timeline?.status !== 'read') return timeline;
      return { ...header, activities: timeline.activities };
    };
    const { reported, stop } = watchRoute('B', { ...SETTLE, readInSlices: swapping });
    await wait(800);
    swapNext = true;
    await wait(1500);
    stop();
    expect(reported).toEqual(['Ben Brooks: Meeting with Ben']);
  });

  it('does not show a page left unread (a quick click) that moves all the time as the new record', async () => {
    setUrl(urlOf('B'));
    draw(ANA + SPIN);
    const { reported, stop } = watchRoute('B', {
      leftUnread: true,
      settleMs: 300,
      loadingTimeoutMs: 5000,
      readInSlices: spinning(),
    });
    await wait(1200);
    stop();
    expect(reported).toEqual([]);
  });
});
