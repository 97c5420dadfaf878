import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReader } from '../adapters/page-reader';
import type { ProtocolMap } from '../messaging/protocol';
import type { ReadResult } from '../schema/read-result';
import type { ask } from './messages';
import type { PanelActions } from './PanelRoot';
import type { PanelStore } from './panel-store';

/**
 * What the content script hands the whole panel: the actions that need the record session, and
 * the session's pause and read-again; the chart loader and "Erase this record" live in the chunk.
 */
export type ShellActions = Omit<PanelActions, 'loadTrendChart' | 'eraseRecord' | 'readAgain'> & {
  pauseReading(): () => boolean;
  readAgain(): void;
};

/** entrypoints/panel-session: everything a record page runs after the idle wait, but reading and the full panel. */
export interface PanelSessionModule {
  /**
   * Follows the CRM's routes and draws the panel in `container` (the shadow root's body) with this
   * reader, from `loadedAt`, the address the page loaded at.
   */
  start(ctx: ContentScriptContext, reader: PageReader, container: HTMLElement, loadedAt: URL): Promise<void>;
}

/** entrypoints/full-panel: the whole Preact panel, which takes over from the first-numbers shell. */
export interface FullPanelModule {
  /** Renders the panel into the container (emptied first); returns a function that unmounts it. */
  mount(container: HTMLElement, store: PanelStore, actions: ShellActions): () => void;
}

/** What the background takes to save a masked test page (the `saveTestPage` message). */
export type TestPageRequest = Parameters<ProtocolMap['saveTestPage']>[0];

/** The record page read now (the names it found are masked everywhere), or null off a record page. */
export type PageReading = { kind: ReadResult['kind']; url: string; reading: ReadResult } | null;

export interface TestPageDeps {
  crm: ReadResult['crm'];
  store: PanelStore;
  readPage(): PageReading;
  ask: typeof ask;
}

/** entrypoints/page-capture: "Save a test page", with the masked copy of the page it makes. */
export interface PageCaptureModule {
  saveTestPage(deps: TestPageDeps): Promise<void>;
}

/** The APIs the lazily loaded scripts publish (in the content script's isolated world). */
declare global {
  var touchlinePanelSession: PanelSessionModule | undefined;
  /** entrypoints/<crm>-reader: that CRM's adapter, its wording and the locale tables. */
  var touchlinePageReader: PageReader | undefined;
  var touchlineFullPanel: FullPanelModule | undefined;
  var touchlinePageCapture: PageCaptureModule | undefined;
}
