// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { jordanLee } from '../components/view-fixtures';

const ask = vi.fn();
vi.mock('../../../lib/content/messages', () => ({ ask: (...args: unknown[]) => ask(...args) }));

const { refreshOnReturn } = await import('../../../lib/content/refresh-on-return');
const { createPanelStore } = await import('../../../lib/content/panel-store');

const shown = jordanLee();

/**
 * The same contact open in two tabs: the rep logs a call in tab 1, then comes back to tab 2.
 * Tab 2's page did not change, so nothing there is read again; its figures must still count the call.
 */
describe('a panel whose tab is shown again', () => {
  it('shows the view the background computes afresh (a touch logged in another tab counts)', async () => {
    const store = createPanelStore({
      state: { status: 'ready', view: shown },
      collapsed: false,
      undo: null,
      notice: null,
    });
    const withTheCall = { ...shown, name: `${shown.name} (one more call)` };
    ask.mockResolvedValue({ ok: true, view: withTheCall });
    const stop = refreshOnReturn(store);
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(store.get().state).toEqual({ status: 'ready', view: withTheCall }));
    expect(ask).toHaveBeenCalledWith('getView', { recordKey: shown.recordKey });

    stop();
    ask.mockClear();
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ask).not.toHaveBeenCalled();
  });
});
