import type { RecordView } from '../lib/schema/view-model';

interface NoActivityNoticeProps {
  view: RecordView;
}

/** Says plainly when there is nothing to count yet, so an empty panel is never mistaken for a broken one. */
export function NoActivityNotice({ view }: NoActivityNoticeProps) {
  if (view.activitiesRead === 0) {
    return (
      <p class="tl-notice" role="note">
        No activity on this record yet. If the CRM shows activity, open its activity tab so Touchline can read it, or
        log a missed touch below.
      </p>
    );
  }
  if (view.touches.total === 0) {
    return (
      <p class="tl-notice" role="note">
        No touches in {view.period.label}. Log a missed touch below if one happened.
      </p>
    );
  }
  return null;
}
