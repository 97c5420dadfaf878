// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import type { ShellActions } from '../../../lib/content/chunk-apis';
import { mountPanel } from '../../../lib/content/mount-panel';
import { startTouchline } from '../../../lib/content/start-touchline';
import { JORDAN_REF, JORDAN_URL, jordanReading, setUrl } from './jordan-page';
import { stubAdapter } from './stub-adapter';

// What the content script hands the panel is the subject here, not the panel.
vi.mock('../../../lib/content/mount-panel', () => ({ mountPanel: vi.fn(async () => {}) }));
vi.mock('../../../lib/messaging/content-messenger', () => ({
  sendToBackground: vi.fn(() => new Promise(() => {})),
  onBackgroundMessage: vi.fn(() => () => {}),
}));

const controller = new AbortController();
afterEach(() => controller.abort());

const context = {
  isInvalid: false,
  signal: controller.signal,
  onInvalidated: () => {},
  addEventListener: (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, listener, { signal: controller.signal }),
} as unknown as ContentScriptContext;

async function actionsHandedToThePanel(): Promise<ShellActions> {
  setUrl(JORDAN_URL);
  await startTouchline(
    context,
    pageReaderOf(stubAdapter(JORDAN_REF, () => jordanReading())),
    document.body,
    new URL(JORDAN_URL),
  );
  return vi.mocked(mountPanel).mock.lastCall?.[3] as ShellActions;
}

describe('the actions the content script hands the panel', () => {
  it('give the details form the session’s answer to a save (false: not saved, keep what was typed)', async () => {
    const actions = await actionsHandedToThePanel();
    // No touch was logged on this page, so there is nothing the details could be saved to.
    await expect(actions.editLogged('touch-1', { channel: 'call', note: 'left voicemail' })).resolves.toBe(false);
  });

  it('let the undo offer be held while the rep is on it', async () => {
    const actions = await actionsHandedToThePanel();
    expect(actions.holdUndo).toBeTypeOf('function');
  });
});
