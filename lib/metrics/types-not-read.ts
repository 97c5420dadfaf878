import type { ContactView } from '../schema/view-model';

/**
 * The contact's view when the page did not show the type of `untyped` timeline items (wording or
 * icons Touchline has no words for): adapters count such an item as no touch, yet it may be a call,
 * an email or a reply. The counts stay as read (the panel's notice says they may miss these), but
 * the two verdicts drawn from them are not given:
 * - the band places nothing: "below the band, efficient if the outcomes are good" would stand on
 *   touches not counted;
 * - the vanity flag is not raised: "no reply, connect or meeting" is not known, one of these items
 *   may be the reply.
 */
export function withTypesNotRead(view: ContactView, untyped: number): ContactView {
  if (untyped === 0) return view;
  return {
    ...view,
    band: view.band && { ...view.band, untyped },
    outcomes: { ...view.outcomes, vanity: false },
  };
}
