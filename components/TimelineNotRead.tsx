import type { RecordView } from '../lib/schema/view-model';
import { plural } from './format';
import { Metric } from './Metric';
import { ACTIVITIES_NOT_READ } from './page-not-read';

interface TimelineNotReadProps {
  view: RecordView;
  /** Why the page's activity timeline was not read (the adapter's words). */
  reason: string;
}

/**
 * Said first, plainly, when this page's activity timeline was not read. With nothing stored for
 * the record there is nothing to count: the touch figures say "not read" rather than "0", which
 * would claim no touches. With activities stored before, the figures stand on those, and may
 * miss what the page shows now.
 */
export function TimelineNotRead({ view, reason }: TimelineNotReadProps) {
  if (view.activitiesRead > 0) {
    return (
      <p class="tl-notice" role="note" data-notice="activities-not-read">
        Not all of this page's activity timeline was read ({reason}). The figures below are from the{' '}
        {plural(view.activitiesRead, 'activity', 'activities')} Touchline has for this record, and may miss some.
      </p>
    );
  }
  const unknown = (name: string) => (
    <Metric name={name} value={null} reason={ACTIVITIES_NOT_READ}>
      —
    </Metric>
  );
  return (
    <section class="tl-card" aria-label="Touches not read" data-notice="activities-not-read">
      <p class="tl-notice" role="note">
        Touchline could not read this record's activity timeline ({reason}), so it has no touches to count: the figures
        show once the timeline can be read. Log a missed touch below if one happened.
      </p>
      <p>
        <span class="tl-label">Touches: </span>
        {unknown('touches-total')}
        <span class="tl-label"> · last touch: </span>
        {unknown('days-since-last-touch')}
        {view.kind === 'contact' && (
          <>
            <span class="tl-label"> · next step: </span>
            {unknown('next-touch-due')}
            <span class="tl-label"> · reply rate: </span>
            {unknown('reply-rate')}
          </>
        )}
        {view.kind === 'deal' && (
          <>
            <span class="tl-label"> · contacts worked: </span>
            <Metric
              name="contacts-touched"
              value={null}
              reason={ACTIVITIES_NOT_READ}
              data={{ of: String(view.contacts.length) }}
            >
              —
            </Metric>
          </>
        )}
      </p>
    </section>
  );
}
