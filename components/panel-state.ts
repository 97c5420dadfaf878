import type { Channel, Direction, Outcome } from '../lib/schema/activity';
import type { NotRead } from '../lib/schema/read-result';
import type { RecordView } from '../lib/schema/view-model';
import type { TrendChartModule } from './trend-chart-api';

export type PanelState =
  | { status: 'reading' }
  | { status: 'not-record' }
  | { status: 'unreadable'; reason: string; notRead: NotRead[] }
  | { status: 'error'; message: string }
  | { status: 'ready'; view: RecordView };

/** A touch the user asks to log; the content script fills in what is absent (now, outbound). */
export interface LogRequest {
  channel: Channel;
  contactKey?: string;
  timestamp?: string;
  direction?: Exclude<Direction, 'unknown'>;
  outcome?: Outcome;
  note?: string;
}

export interface PanelProps {
  state: PanelState;
  collapsed: boolean;
  onToggleCollapsed(): void;
  onLog(touch: LogRequest): void;
  onUndo(): void;
  undo: { label: string } | null;
  loadTrendChart: () => Promise<TrendChartModule>;
  /** The page's URL, shown with the bug-report hint when the page cannot be read. */
  pageUrl?: string;
}
