import type { ProtocolMap } from '../messaging/protocol';
import type { ReadResult } from '../schema/read-result';
import type { PanelActions } from './PanelRoot';
import type { PanelStore } from './panel-store';

/** entrypoints/full-panel: the whole Preact panel, which takes over from the first-numbers shell. */
export interface FullPanelModule {
  /** Renders the panel into the container (emptied first); returns a function that unmounts it. */
  mount(container: HTMLElement, store: PanelStore, actions: PanelActions): () => void;
}

/** What the background takes to save a masked test page (the `saveTestPage` message). */
export type TestPageRequest = Parameters<ProtocolMap['saveTestPage']>[0];

export interface CaptureRequest {
  crm: ReadResult['crm'];
  kind: ReadResult['kind'];
  url: string;
  /** What the adapter read from the page now: the names it found are masked everywhere. */
  reading: ReadResult;
}

/** entrypoints/page-capture: the masked copy of the page behind "Save a test page". */
export interface PageCaptureModule {
  captureTestPage(request: CaptureRequest): Promise<TestPageRequest>;
}

/** The APIs the lazily loaded scripts publish (in the content script's isolated world). */
declare global {
  var touchlineFullPanel: FullPanelModule | undefined;
  var touchlinePageCapture: PageCaptureModule | undefined;
}
