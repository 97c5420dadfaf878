// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReader } from '../../../lib/adapters/page-reader';
import { bootTouchline, type StartChunks } from '../../../lib/content/boot-touchline';
import type { PanelSessionModule } from '../../../lib/content/chunk-apis';
import { PANEL_ELEMENT } from '../../../lib/content/panel-element';

const RECORD_URL = 'https://app.hubspot.com/contacts/1/record/0-1/2';
const OTHER_URL = 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list';
const detect = (url: URL) =>
  url.pathname.includes('/record/') ? ({ crm: 'hubspot', tenant: '1', kind: 'contact', recordId: '2' } as const) : null;

/** happy-dom's own way to put the test page at a CRM URL (history refuses another origin). */
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

const invalidations: (() => void)[] = [];

function fakeContext() {
  const callbacks: (() => void)[] = [];
  const controller = new AbortController();
  const ctx = {
    isInvalid: false,
    signal: controller.signal,
    onInvalidated: (cb: () => void) => callbacks.push(cb),
    addEventListener: (target: EventTarget, type: string, listener: (event: Event) => void) =>
      target.addEventListener(type, listener, { signal: controller.signal }),
  };
  invalidations.push(() => {
    controller.abort();
    for (const cb of callbacks) cb();
  });
  return ctx as unknown as ContentScriptContext;
}

const shadow = () => document.querySelector(PANEL_ELEMENT)?.shadowRoot;
const reader = { adapter: { crm: 'hubspot' } } as unknown as PageReader;
const failing = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('.tl-panel { color: red; }')),
  );
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 0));
  goTo(RECORD_URL);
});

afterEach(() => {
  for (const invalidate of invalidations.splice(0)) invalidate();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('starting Touchline on a CRM page from a small content script', () => {
  it('waits for the page to be idle, then hands the session the reader and the panel’s container', async () => {
    const start = vi.fn<PanelSessionModule['start']>(async () => {});
    const chunks: StartChunks = { session: async () => ({ start }), reader: async () => reader };
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    const ctx = fakeContext();
    const booted = bootTouchline(ctx, 'hubspot', detect, chunks);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(start).not.toHaveBeenCalled();
    expect(document.querySelector(PANEL_ELEMENT)).toBeNull();
    for (const cb of idle) cb();
    await booted;
    expect(start).toHaveBeenCalledTimes(1);
    const [passedCtx, passedReader, container] = start.mock.calls[0] ?? [];
    expect(passedCtx).toBe(ctx);
    expect(passedReader).toBe(reader);
    expect(container?.getRootNode()).toBe(shadow());
  });

  it('says on a record page that the panel could not load when a chunk never loads, after trying again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers();
    const session = vi.fn(failing);
    const booted = bootTouchline(fakeContext(), 'hubspot', detect, { session, reader: async () => reader });
    await vi.runAllTimersAsync();
    await booted;
    expect(session.mock.calls.length).toBeGreaterThan(1);
    const root = shadow()?.querySelector('.touchline-root');
    expect(root?.getAttribute('data-state')).toBe('error');
    expect(root?.querySelector('[role="alert"]')?.textContent).toMatch(/could not load.*Reload the page/s);
  });

  it('shows no error off a record page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers();
    goTo(OTHER_URL);
    const booted = bootTouchline(fakeContext(), 'hubspot', detect, { session: failing, reader: failing });
    await vi.runAllTimersAsync();
    await booted;
    expect(shadow()?.querySelector('.touchline-root')?.getAttribute('data-state')).toBe('not-record');
    expect(shadow()?.querySelector('[role="alert"]')).toBeNull();
  });

  it('lets the user close the error: the CRM page has its whole width back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers();
    const booted = bootTouchline(fakeContext(), 'hubspot', detect, { session: failing, reader: failing });
    await vi.runAllTimersAsync();
    await booted;
    expect(shadow()?.querySelector('[role="alert"]')).not.toBeNull();
    shadow()?.querySelector<HTMLElement>('[data-action="close"]')?.click();
    expect(shadow()?.querySelector('.touchline-root')).toBeNull();
  });

  it('keeps the CRM page working when a chunk fails: nothing is thrown into the page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.useFakeTimers();
    const booted = bootTouchline(fakeContext(), 'hubspot', detect, { session: failing, reader: failing });
    await vi.runAllTimersAsync();
    await expect(booted).resolves.toBeUndefined();
  });
});
