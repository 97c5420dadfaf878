import type { Activity } from '../schema/activity';

/**
 * The page copy of a touch with what the user said when logging it: their outcome and note
 * where the page's are unknown (metrics.md "Logged in Touchline"). The metrics count the page
 * copy and skip the merged logged touch, so the user's words must live on the page copy.
 */
export function withUserFields(page: Activity, logged: Activity): Activity {
  const next = { ...page };
  const pageKnows = page.outcome !== undefined && page.outcome !== 'unknown';
  if (!pageKnows && logged.outcome !== undefined && logged.outcome !== 'unknown') next.outcome = logged.outcome;
  if (!page.note && logged.note) next.note = logged.note;
  // The touch stays on the row of whoever logged it when the page copy, the one counted, names nobody.
  if (page.owner === undefined && logged.owner !== undefined) {
    next.owner = logged.owner;
    if (logged.ownerBySetting) next.ownerBySetting = true;
  }
  return next;
}

/**
 * The page copy without what a logged touch gave it, when that touch is undone, edited or moved
 * away. Pages never carry notes; an outcome equal to the user's is taken as theirs (a page that
 * showed the same outcome itself shows it again on the next reading).
 */
export function withoutUserFields(page: Activity, logged: Activity): Activity {
  const next = { ...page };
  if (logged.outcome !== undefined && next.outcome === logged.outcome) delete next.outcome;
  if (logged.note !== undefined && next.note === logged.note) delete next.note;
  // An owner the page copy had only from the logged touch (a "You" item keeps the user's name).
  if (!page.byViewer && logged.owner !== undefined && next.owner === logged.owner && next.ownerBySetting) {
    delete next.owner;
    delete next.ownerBySetting;
  }
  return next;
}

/**
 * The page copy with what logged touch `gone` gave it taken off and what `given` gives put on:
 * an edit (both), an undo or a merge moved away (`gone` only), a touch merged anew (`given` only).
 */
export function withUserFieldsMoved(page: Activity, gone: Activity | undefined, given: Activity | undefined): Activity {
  const cleared = gone ? withoutUserFields(page, gone) : page;
  return given ? withUserFields(cleared, given) : cleared;
}
