// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { ask } from '../../../lib/content/messages';
import { PanelRoot } from '../../../lib/content/PanelRoot';
import { recordKey } from '../../../lib/keys';
import type { ReadResult } from '../../../lib/schema/read-result';
import { jordanLee } from '../components/view-fixtures';
import { ANA, BEN, draw, navigate, sessionPerTest, setUrl, startSession, urlOf } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();
let host: HTMLElement | undefined;
afterEach(() => {
  cleanup();
  host?.remove();
});

const ANA_KEY = 'hubspot:4410021:contact:A';
const viewOf = (key: string, name: string) => ({ ...jordanLee(), recordKey: key, name });

function background() {
  vi.mocked(ask).mockImplementation((async (name: string, data: unknown) => {
    if (name === 'readingSaved') {
      const r = data as ReadResult;
      const key = recordKey(r);
      const view = viewOf(key, r.status === 'read' ? (r.record.name ?? '') : '');
      return { ok: true, status: 'read', recordKey: key, view };
    }
    if (name === 'logTouch') return { ok: true, view: viewOf(ANA_KEY, 'Ana Alvarez'), touch: { key: 'touch-1' } };
    if (name === 'updateLoggedTouch')
      return { ok: true, view: viewOf(ANA_KEY, 'Ana Alvarez'), touch: { key: 'touch-1' } };
    return { ok: true };
  }) as never);
}

const ui = () => within(host as HTMLElement);
const form = () => ui().getByRole('form', { name: 'Details of the touch just logged' });

/**
 * The details form stays open through route changes (it sits outside the view in Panel.tsx), with
 * what was typed. It saves onto its touch while that touch's record is shown: not on Ben's panel,
 * and again once the rep is back on Ana.
 */
describe('a note typed for a call on Ana, the rep glancing at Ben and coming back to Ana', () => {
  it('is not saved from Ben’s panel, and is saved onto Ana’s call back on Ana', async () => {
    background();
    setUrl(urlOf('A'));
    draw(ANA);
    const { store, session, shown } = startSession(lifetime.signal);
    host = document.createElement('div');
    document.documentElement.append(host);
    render(
      <PanelRoot
        store={store}
        actions={{
          toggleCollapsed: vi.fn(),
          log: session.log,
          undo: () => void session.undo(),
          editLogged: session.editLogged,
          holdUndo: session.holdUndo,
          loadTrendChart: () => new Promise<TrendChartModule>(() => {}),
          saveTestPage: vi.fn(),
          readAgain: session.readAgain,
        }}
      />,
      { container: host },
    );
    session.onRoute(new URL(urlOf('A')), false);
    fireEvent.click(await ui().findByRole('button', { name: 'Log a call' }, { timeout: 5000 }));
    fireEvent.click(await ui().findByRole('button', { name: 'Add details' }));
    fireEvent.input(within(form()).getByRole('textbox', { name: 'note' }), { target: { value: 'wants 40 trucks' } });

    draw(BEN);
    navigate(session, urlOf('B'));
    await vi.waitFor(() => expect(shown()).toBe('hubspot:4410021:contact:B|Ben Brooks'), { timeout: 6000 });
    fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
    await vi.waitFor(() => expect(store.get().notice).toMatch(/^Details not saved/));
    expect(vi.mocked(ask).mock.calls.filter(([n]) => n === 'updateLoggedTouch')).toHaveLength(0);
    draw(ANA);
    navigate(session, urlOf('A'));
    await vi.waitFor(() => expect(shown()).toBe(`${ANA_KEY}|Ana Alvarez`), { timeout: 6000 });

    // The form is still there with the note: Save.
    expect((within(form()).getByRole('textbox', { name: 'note' }) as HTMLTextAreaElement).value).toBe(
      'wants 40 trucks',
    );
    fireEvent.click(within(form()).getByRole('button', { name: 'Save details' }));
    await vi.waitFor(() => expect(ui().queryByRole('form')).toBeNull());
    expect(
      vi
        .mocked(ask)
        .mock.calls.filter(([n]) => n === 'updateLoggedTouch')
        .map(([, d]) => d),
    ).toEqual([{ key: 'touch-1', changes: { channel: 'call', direction: 'outbound', note: 'wants 40 trucks' } }]);
  });
});
