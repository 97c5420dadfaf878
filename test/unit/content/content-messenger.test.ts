import { defineExtensionMessaging } from '@webext-core/messaging';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { onBackgroundMessage, sendToBackground } from '../../../lib/messaging/content-messenger';
import type { ProtocolMap } from '../../../lib/messaging/protocol';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined;

/**
 * The background's side as it runs: @webext-core/messaging over a stand-in `chrome`, whose
 * runtime listeners receive what the content script sends through `browser.runtime.sendMessage`.
 */
function background() {
  const listeners: Listener[] = [];
  const sentToTab: unknown[] = [];
  vi.stubGlobal('chrome', {
    runtime: { onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: () => {} } },
    tabs: {
      sendMessage: (_tab: number, message: unknown, _options: unknown, reply: (r: unknown) => void) => {
        sentToTab.push(message);
        reply({ res: undefined });
      },
    },
  });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(
    (message: unknown) =>
      new Promise((resolve) => {
        for (const listener of listeners) listener(message, {}, resolve);
      }) as never,
  );
  return { messaging: defineExtensionMessaging<ProtocolMap>(), sentToTab };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the content script's messenger speaks the background's envelope", () => {
  it('gets the answer of the handler for its message', async () => {
    const { messaging } = background();
    messaging.onMessage('getView', ({ data }) => ({
      ok: false,
      error: { kind: 'not-found', message: `nothing for ${data.recordKey}` },
    }));
    await expect(sendToBackground('getView', { recordKey: 'hubspot:1:contact:2' })).resolves.toEqual({
      ok: false,
      error: { kind: 'not-found', message: 'nothing for hubspot:1:contact:2' },
    });
  });

  it('fails with the error the handler threw', async () => {
    const { messaging } = background();
    messaging.onMessage('getView', () => {
      throw new Error('database closed');
    });
    await expect(sendToBackground('getView', { recordKey: 'k' })).rejects.toThrow('database closed');
  });

  it('hears the keyboard shortcut the background sends to its tab, and answers it', async () => {
    const { messaging, sentToTab } = background();
    const listeners: Listener[] = [];
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((l) => void listeners.push(l as Listener));
    const toggle = vi.fn();
    onBackgroundMessage('togglePanel', toggle);
    await messaging.sendMessage('togglePanel', undefined, 7);
    const reply = vi.fn();
    for (const listener of listeners) listener(sentToTab[0], {}, reply);
    expect(toggle).toHaveBeenCalledTimes(1);
    expect(reply).toHaveBeenCalledWith({ res: undefined });
    for (const listener of listeners) listener({ type: 'somethingElse', timestamp: 1 }, {}, reply);
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});
