// @vitest-environment happy-dom
// Review s41: the same contact open in two tabs (refresh-on-return.test.ts). The rep erases it from
// the panel in tab 1 (or erases everything on the options page), then comes back to tab 2.
// decisions.md: "Erasing the open record: the panel says it was erased and reads the page again
// only when the user asks."
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { pauseWhenErased } from '../../../lib/content/erased-elsewhere';
import { ask } from '../../../lib/content/messages';
import { PanelRoot } from '../../../lib/content/PanelRoot';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import { refreshOnReturn } from '../../../lib/content/refresh-on-return';
import { ANA, adapter, draw, savedUnder, sessionPerTest, setUrl, urlOf, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();
afterEach(cleanup);

/** What the background answers getView for a record it no longer stores (service.ts NOT_STORED). */
const NOT_STORED = {
  ok: false,
  error: {
    kind: 'not-found',
    message: 'Touchline has no data for this record yet. Open its page in the CRM so Touchline can read it.',
  },
};

/** Tab 2: Ana's page read and her numbers shown by the whole panel, wired as start-touchline.tsx wires it. */
async function anaShownInTab2() {
  setUrl(urlOf('A'));
  draw(ANA);
  const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
  const session = createRecordSession(pageReaderOf(adapter), store, lifetime.signal);
  const stops = [refreshOnReturn(store), pauseWhenErased(store, session.pause)];
  lifetime.signal.addEventListener('abort', () => {
    for (const stop of stops) stop();
  });
  render(
    <PanelRoot
      store={store}
      actions={{
        toggleCollapsed: vi.fn(),
        log: session.log,
        undo: () => void session.undo(),
        editLogged: session.editLogged,
        loadTrendChart: () => new Promise<TrendChartModule>(() => {}),
        saveTestPage: vi.fn(),
        eraseRecord: vi.fn(),
        readAgain: session.readAgain,
      }}
    />,
  );
  session.onRoute(new URL(urlOf('A')), false);
  await screen.findByRole('button', { name: 'Log a call' }, { timeout: 5000 });
  return store;
}

/** Ana erased elsewhere: the background no longer has a view of her. */
function eraseElsewhere(): void {
  const background = vi.mocked(ask).getMockImplementation();
  vi.mocked(ask).mockImplementation((async (name: string, data: unknown) =>
    name === 'getView' ? NOT_STORED : background?.(name as never, data as never)) as never);
}

const comeBack = () => document.dispatchEvent(new Event('visibilitychange'));

describe('a panel whose tab is shown again after its record was erased in another tab', () => {
  it('says the record was erased in place of its numbers', async () => {
    const store = await anaShownInTab2();
    eraseElsewhere();
    comeBack();
    expect(
      await screen.findByText('Ana Alvarez was erased from Touchline, in another tab or on the options page.'),
    ).toBeTruthy();
    expect(store.get().erased?.recordKey).toBe('hubspot:4410021:contact:A');
    expect(screen.queryByRole('button', { name: 'Log a call' })).toBeNull();
  });

  it('stores nothing of the page again until the rep asks, then reads it again', async () => {
    await anaShownInTab2();
    eraseElsewhere();
    comeBack();
    await screen.findByText(/was erased from Touchline/);
    // Ana's timeline draws one more item in tab 2.
    const li = document.createElement('li');
    li.setAttribute('data-id', 'a3');
    li.textContent = 'Note on Ana';
    document.getElementById('timeline')?.append(li);
    await wait(1500);
    expect(savedUnder('A').items).not.toContain('Note on Ana');
    fireEvent.click(screen.getByRole('button', { name: 'Read this page again' }));
    await vi.waitFor(() => expect(savedUnder('A').items).toContain('Note on Ana'), { timeout: 5000 });
    expect(await screen.findByRole('button', { name: 'Log a call' })).toBeTruthy();
  });

  it('keeps what an erase in this tab said it erased', async () => {
    const store = await anaShownInTab2();
    store.update({ erased: { recordKey: 'hubspot:4410021:contact:A', message: 'Erased Ana Alvarez: 1 contact.' } });
    eraseElsewhere();
    comeBack();
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith('getView', { recordKey: 'hubspot:4410021:contact:A' }));
    await wait(20);
    expect(store.get().erased?.message).toBe('Erased Ana Alvarez: 1 contact.');
  });
});
