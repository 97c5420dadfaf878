// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FullPanelModule, ShellActions } from '../../../lib/content/chunk-apis';
import { mountPanel } from '../../../lib/content/mount-panel';
import { PANEL_ELEMENT } from '../../../lib/content/panel-element';
import { createPanelHost } from '../../../lib/content/panel-host';
import { createPanelStore, type PanelStore } from '../../../lib/content/panel-store';
import { jordanLee } from '../components/view-fixtures';

const actions: ShellActions = {
  toggleCollapsed: vi.fn(),
  log: vi.fn(),
  undo: vi.fn(),
  editLogged: vi.fn(),
  saveTestPage: vi.fn(),
  pauseReading: vi.fn(),
  readAgain: vi.fn(),
};

/** Every context made in a test, invalidated after it (so no panel is put back on the next test's page). */
const contexts: (() => void)[] = [];

function fakeContext() {
  const invalidated: (() => void)[] = [];
  const invalidate = () => {
    for (const cb of invalidated) cb();
  };
  contexts.push(invalidate);
  const ctx = { isInvalid: false, onInvalidated: (cb: () => void) => invalidated.push(cb) };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate };
}

const freshStore = () =>
  createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
/** As the content script does: the host on the page first, then the panel mounted in it. */
async function mountOnPage(ctx: ContentScriptContext, store: PanelStore, load: () => Promise<FullPanelModule>) {
  return mountPanel(ctx, await createPanelHost(ctx, 'hubspot'), store, actions, load);
}

const root = () => document.querySelector(PANEL_ELEMENT)?.shadowRoot?.querySelector('.touchline-root');

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(':root { --tl-call: red; }')),
  );
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 0));
});

afterEach(() => {
  for (const invalidate of contexts.splice(0)) invalidate();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('mounting the panel on a CRM page', () => {
  it('shows the shell in an open shadow root, with the panel styles scoped to it', async () => {
    const { ctx } = fakeContext();
    const store = freshStore();
    await mountOnPage(ctx, store, () => new Promise(() => {}));
    store.update({ state: { status: 'reading' } });
    expect(root()?.getAttribute('data-parts')).toBe('first');
    expect(root()?.getAttribute('data-state')).toBe('reading');
    const style = document.querySelector(PANEL_ELEMENT)?.shadowRoot?.querySelector('style')?.textContent ?? '';
    expect(style).toContain(':host { --tl-call: red; }');
  });

  it('fetches the whole panel only once a record is shown, then hands it the same container', async () => {
    const { ctx } = fakeContext();
    const store = freshStore();
    const mount = vi.fn<FullPanelModule['mount']>(() => () => {});
    const load = vi.fn(async () => ({ mount }));
    await mountOnPage(ctx, store, load);
    store.update({ state: { status: 'reading' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).not.toHaveBeenCalled();
    store.update({ state: { status: 'ready', view: jordanLee() } });
    await vi.waitFor(() => expect(mount).toHaveBeenCalledTimes(1));
    const [container, passedStore, passedActions] = mount.mock.calls[0] ?? [];
    expect(container?.getRootNode()).toBe(document.querySelector(PANEL_ELEMENT)?.shadowRoot);
    expect(container?.children).toHaveLength(0);
    expect(passedStore).toBe(store);
    expect(passedActions).toBe(actions);
  });

  it('keeps the first numbers when the whole panel cannot be fetched, after trying again', async () => {
    const { ctx } = fakeContext();
    const store = freshStore();
    const load = vi.fn(async (): Promise<FullPanelModule> => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers();
    const mounted = mountOnPage(ctx, store, load);
    await vi.runAllTimersAsync();
    await mounted;
    store.update({ state: { status: 'ready', view: jordanLee() } });
    await vi.runAllTimersAsync();
    expect(load.mock.calls.length).toBeGreaterThan(1);
    expect(root()?.getAttribute('data-parts')).toBe('first');
    expect(root()?.querySelector('[data-metric="touches-total"]')).not.toBeNull();
  });

  it('takes the panel off the page when the extension is reloaded', async () => {
    const { ctx, invalidate } = fakeContext();
    await mountOnPage(ctx, freshStore(), () => new Promise(() => {}));
    expect(document.querySelector(PANEL_ELEMENT)).not.toBeNull();
    invalidate();
    expect(document.querySelector(PANEL_ELEMENT)).toBeNull();
  });
});
