import type { RecordView } from '../lib/schema/view-model';
import { formatDateTime, plural } from './format';
import { INSPECT_HINT } from './StateMessage';

interface NoActivityNoticeProps {
  view: RecordView;
  /** The page showed its timeline in part (filtered, folded, not all loaded): touches may be in the part not read. */
  timelinePartlyRead?: boolean;
  /** Items whose type was not read (a language without Touchline's words): each may be a touch. */
  typesNotRead?: number;
}

/**
 * Says plainly when there is nothing to count yet, so an empty panel is never mistaken for a
 * broken one. It never claims "no touches" when touches were read but could not be dated: it says
 * so instead and keeps "Report this page" one click away, since that is a page Touchline misread.
 * Nor when the timeline was read only in part, or items' types were not read: what was read holds
 * no touch, the part not read or an item not typed may be one, so the last touch and the next step
 * (counted as if there were none) are said to be unsure.
 */
export function NoActivityNotice({ view, timelinePartlyRead = false, typesNotRead = 0 }: NoActivityNoticeProps) {
  const undated = view.touches.undated ?? 0;
  const older = view.olderNotKept;
  if (view.activitiesRead === 0 && older) {
    return (
      <p class="tl-notice" role="note" data-notice="older-not-kept" data-count={older.activities}>
        This page shows {plural(older.activities, 'activity', 'activities')}, all from before{' '}
        {formatDateTime(older.before, view.period.timeZone)}: older than Touchline keeps (the retention setting on the
        options page), so none is counted. Log a missed touch below if one happened since.
      </p>
    );
  }
  if (view.activitiesRead === 0) {
    return (
      <p class="tl-notice" role="note">
        No activity on this record yet. If the CRM shows activity, open its activity tab so Touchline can read it, or
        log a missed touch below.
      </p>
    );
  }
  if (undated > 0) {
    return (
      <div class="tl-notice" role="note">
        <p>
          Touchline read {plural(undated, 'touch', 'touches')} on this page but could not read{' '}
          {undated === 1 ? 'its date' : 'their dates'}, so {undated === 1 ? 'it is' : 'they are'} in no period's count.
        </p>
        <details class="tl-report">
          <summary>Report this page</summary>
          <p class="tl-hint">{INSPECT_HINT}</p>
        </details>
      </div>
    );
  }
  const nextStep = view.kind === 'contact' && view.cadence.nextDue ? ' and the next step' : '';
  if (view.touches.total === 0 && typesNotRead > 0 && !timelinePartlyRead) {
    return (
      <p class="tl-notice" role="note" data-notice="touches-may-be-untyped">
        Touchline has no touch in {view.period.label} among what it read, but the type of{' '}
        {plural(typesNotRead, 'activity', 'activities')} on the page was not read: one may be a touch, so the last touch
        {nextStep} below may be wrong. Log a missed touch below if one happened.
      </p>
    );
  }
  if (view.touches.total === 0 && timelinePartlyRead) {
    return (
      <p class="tl-notice" role="note" data-notice="touches-may-be-unread">
        Touchline has no touch in {view.period.label} among what it read, but touches may be in the part of the timeline
        it could not read: the last touch{nextStep} below may be wrong. Log a missed touch below if one happened.
      </p>
    );
  }
  if (view.touches.total === 0) {
    return (
      <p class="tl-notice" role="note">
        {noTouchesIn(view.period)} Log a missed touch below if one happened.
      </p>
    );
  }
  return null;
}

/**
 * "No touches in" only over what Touchline keeps: before `keptFrom` activities read from pages
 * are no longer kept (the touch summary says so), and the CRM may show touches there.
 */
function noTouchesIn({ label, end, keptFrom, timeZone }: RecordView['period']): string {
  if (!keptFrom) return `No touches in ${label}.`;
  if (keptFrom > end)
    return `Touchline keeps nothing read from pages in ${label}, and no touch was logged in Touchline in it.`;
  const from = formatDateTime(keptFrom, timeZone);
  return `No touches in ${label} from ${from} on: before that, activities read from pages are no longer kept.`;
}
