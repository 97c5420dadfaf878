import type { PanelState } from '../../components/panel-state';
import { withoutLeadResponse } from '../metrics/lead-response-older';
import type { RecordView } from '../schema/view-model';

/**
 * A view of the record already shown keeps what the last page reading said about activities too
 * old to store: only that reading's answer carries it, and the views that follow (a log, an undo,
 * a settings change) would otherwise bring back "no activity yet" on a page that shows some, or
 * "not gone cold" for a contact whose only touches the page showed were older than what is kept
 * (a shown view with no kept touch is cold only from that reading: see withOlderNotKept), or a lead
 * response time that an older outbound touch on the page made not known (withoutLeadResponse).
 */
export function keepOlderNotKept(shown: PanelState, view: RecordView): RecordView {
  if (shown.status !== 'ready' || shown.view.recordKey !== view.recordKey) return view;
  const before = shown.view;
  const kept = withoutLeadResponse(
    view.olderNotKept || !before.olderNotKept ? view : { ...view, olderNotKept: before.olderNotKept },
  );
  if (kept.kind !== 'contact' || before.kind !== 'contact') return kept;
  const coldFromBefore = before.daysSinceLastTouch === null && before.cadence.goneCold;
  if (!coldFromBefore || kept.daysSinceLastTouch !== null || kept.cadence.goneCold) return kept;
  const { goneColdReason } = before.cadence;
  return { ...kept, cadence: { ...kept.cadence, goneCold: true, ...(goneColdReason ? { goneColdReason } : {}) } };
}
