import type { LogTouchRequest } from '../lib/messaging/protocol';
import type { NotRead } from '../lib/schema/read-result';
import type { RecordView } from '../lib/schema/view-model';
import type { TrendChartModule } from './trend-chart-api';

export type PanelState =
  | { status: 'reading' }
  | { status: 'not-record' }
  | { status: 'unreadable'; reason: string; notRead: NotRead[] }
  | { status: 'error'; message: string }
  | { status: 'ready'; view: RecordView };

/**
 * A touch the user asks to log; the background fills in what is absent (now, outbound). The
 * session adds the click's id and time (lib/content/unconfirmed-logs.ts).
 */
export type LogRequest = Omit<LogTouchRequest, 'recordKey' | 'logId'>;

/** What the details step can change on the touch just logged. */
export type LogDetails = Omit<LogRequest, 'contactKey'>;

/**
 * The undo offer of a touch just logged: its key, and what is known of it (as logged, then as its
 * details were saved), which the details form opens on, so a second save keeps the first.
 */
export type LoggedOffer = LogDetails & { label: string; key: string };

export interface PanelProps {
  state: PanelState;
  collapsed: boolean;
  onToggleCollapsed(): void;
  /**
   * Logs a touch; a promise settles when the background answered, refused or could not be
   * heard, and until then the buttons say the log is under way.
   */
  onLog(touch: LogRequest): void | Promise<void>;
  onUndo(): void;
  /**
   * The second, optional step: time, direction, outcome and note of the touch `key`, the one the
   * form was opened for (a touch logged while it is open does not take its details). The form
   * closes when it resolves, unless to false (not saved): then it stays with what was typed.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a callback that answers nothing closes the form at once
  onEditLogged(key: string, details: LogDetails): void | Promise<boolean | undefined>;
  /** Offered for a few seconds after a touch is logged. */
  undo: LoggedOffer | null;
  /** Focus or the pointer came onto the undo offer (true) or left it (false): its time waits meanwhile. */
  onHoldUndo?(held: boolean): void;
  /**
   * "Remove" on a touch of the Recent list logged in Touchline, whenever it was logged (the undo
   * offer is for a few seconds only). Resolves to whether it is gone: a row whose removal failed
   * stays. Without it the list offers no Remove.
   */
  onRemoveLogged?(key: string): Promise<boolean>;
  /** "Try again" on the error state: reads the page again. */
  onRetry?(): void;
  /** A problem with the user's last action (a log that failed), shown beside the numbers. */
  notice?: string | null;
  loadTrendChart: () => Promise<TrendChartModule>;
  /** The page's URL, shown with the bug-report hint when the page cannot be read. */
  pageUrl?: string;
}
