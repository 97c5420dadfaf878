// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { ask } from '../../../lib/content/messages';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import { jordanLee } from '../components/view-fixtures';
import { JORDAN_REF, JORDAN_URL, jordanReading, setUrl } from './jordan-page';
import { stubAdapter } from './stub-adapter';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

let lifetime = new AbortController();
afterEach(() => {
  lifetime.abort();
  lifetime = new AbortController();
  vi.mocked(ask).mockReset();
});

/** The time the session sent with the click (unconfirmed-logs.ts), which the form opens on. */
const CLICKED = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

/**
 * The undo offer is what "Add details" opens on: once details are saved it holds them, and its
 * label names the channel the touch has now. Only the offer of the touch saved changes.
 */
describe('the undo offer after the details of its touch are saved', () => {
  async function sessionWithACall() {
    const view = jordanLee();
    let logged = 0;
    vi.mocked(ask).mockImplementation((async (name: string, data: { key?: string }) => {
      if (name === 'logTouch') return { ok: true, view, touch: { key: `touch-${++logged}` } };
      if (name === 'updateLoggedTouch') return { ok: true, view, touch: { key: data.key } };
      return { ok: true, status: 'read', recordKey: view.recordKey, view };
    }) as never);
    setUrl(JORDAN_URL);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const session = createRecordSession(
      pageReaderOf(stubAdapter(JORDAN_REF, () => jordanReading())),
      store,
      lifetime.signal,
    );
    session.onRoute(new URL(JORDAN_URL), false);
    await session.log({ channel: 'call', outcome: 'connected' });
    return { store, session };
  }

  it('holds what was saved, with the label of the new channel and no call outcome on an SMS', async () => {
    const { store, session } = await sessionWithACall();
    expect(store.get().undo).toEqual({
      label: 'Logged a call',
      key: 'touch-1',
      channel: 'call',
      outcome: 'connected',
      timestamp: CLICKED,
    });
    await expect(session.editLogged('touch-1', { channel: 'sms', direction: 'inbound', note: 'texted' })).resolves.toBe(
      true,
    );
    expect(store.get().undo).toEqual({
      label: 'Logged an SMS',
      key: 'touch-1',
      channel: 'sms',
      direction: 'inbound',
      note: 'texted',
      timestamp: CLICKED,
    });
  });

  it('stays as it is when the details saved are those of an earlier touch', async () => {
    const { store, session } = await sessionWithACall();
    await session.log({ channel: 'email' });
    await session.editLogged('touch-1', { channel: 'meeting', direction: 'outbound' });
    expect(store.get().undo).toEqual({
      label: 'Logged an email',
      key: 'touch-2',
      channel: 'email',
      timestamp: CLICKED,
    });
    expect(
      vi
        .mocked(ask)
        .mock.calls.filter(([name]) => name === 'updateLoggedTouch')
        .map(([, d]) => d),
    ).toEqual([{ key: 'touch-1', changes: { channel: 'meeting', direction: 'outbound' } }]);
  });
});
