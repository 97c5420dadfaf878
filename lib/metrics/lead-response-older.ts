import type { RecordView } from '../schema/view-model';

/**
 * The lead response time is not known when the page shows an outbound touch older than what
 * Touchline keeps (`olderNotKept.outboundTouch`, withOlderNotKept): that touch was the first
 * response, or came before the record was created (metrics.md: not shown when the touch came
 * first). What is kept starts after it. Applied to the reading's view and to every view after it
 * (keepOlderNotKept), or a period switch would bring the time back.
 */
export function withoutLeadResponse(view: RecordView): RecordView {
  if (view.kind !== 'contact' || view.outcomes.leadResponseHours === null || !view.olderNotKept?.outboundTouch)
    return view;
  return { ...view, outcomes: { ...view.outcomes, leadResponseHours: null } };
}
