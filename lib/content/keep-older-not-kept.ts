import type { PanelState } from '../../components/panel-state';
import type { RecordView } from '../schema/view-model';

/**
 * A view of the record already shown keeps what the last page reading said about activities too
 * old to store: only that reading's answer carries it, and the views that follow (a log, an undo,
 * a settings change) would otherwise bring back "no activity yet" on a page that shows some.
 */
export function keepOlderNotKept(shown: PanelState, view: RecordView): RecordView {
  if (view.olderNotKept || shown.status !== 'ready' || shown.view.recordKey !== view.recordKey) return view;
  return shown.view.olderNotKept ? { ...view, olderNotKept: shown.view.olderNotKept } : view;
}
