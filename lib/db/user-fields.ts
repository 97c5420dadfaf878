import type { Activity } from '../schema/activity';
import { datedAsPage, type PageOwn } from './page-own';

/**
 * The page copy of a touch with what the user said when logging it, where the page's is unknown
 * (metrics.md "Logged in Touchline", and "Duplicate": the merged touch keeps the most informative
 * fields): their outcome and note, their direction, and their time of day over a page date alone
 * (the two are on the same day, or they would not have merged). The metrics count the page copy
 * and skip the merged logged touch, so the user's words must live on the page copy. A direction
 * or date the page showed itself and the user's replaced is kept in `pageOwn`, so an undo or an
 * edit can put exactly it back (withoutUserFields): neither the row's key (a CRM id says nothing of
 * them) nor equality with the user's values tells it.
 */
export function withUserFields(page: Activity, logged: Activity): Activity {
  const next = { ...page };
  const own: PageOwn = { ...page.pageOwn };
  const pageKnows = page.outcome !== undefined && page.outcome !== 'unknown';
  if (logged.outcome !== undefined && logged.outcome !== 'unknown') {
    // What the page showed is kept either way: on undo, a row without the mark (merged before
    // 0.7.9) cannot tell the page's own outcome from the user's.
    own.outcome ??= pageKnows ? page.outcome : 'unknown';
    if (!pageKnows) next.outcome = logged.outcome;
  }
  if (!page.note && logged.note) next.note = logged.note;
  if (page.direction === 'unknown' && logged.direction !== 'unknown') {
    next.direction = logged.direction;
    own.direction = 'unknown';
  }
  if (page.timePrecision === 'day' && page.timestamp && logged.timestamp && logged.timePrecision !== 'day') {
    Object.assign(own, datedAsPage(page.timestamp, page.printedOn));
    next.timestamp = logged.timestamp;
    next.timePrecision = 'minute';
    // The printed date says nothing more once the touch has a time (see mergeActivity).
    delete next.printedOn;
  }
  if (Object.keys(own).length > 0) next.pageOwn = own;
  // The touch stays on the row of whoever logged it when the page copy, the one counted, names nobody.
  if (page.owner === undefined && logged.owner !== undefined) {
    next.owner = logged.owner;
    if (logged.ownerBySetting) next.ownerBySetting = true;
  }
  return next;
}

/**
 * The page copy without what a logged touch gave it, when that touch is undone, edited or moved
 * away. Pages never carry notes. An outcome, a direction or a time of day is taken back only where
 * `pageOwn` says the page showed none, and what the page showed is put back exactly (a page that
 * showed the same outcome, direction or time itself keeps it).
 */
export function withoutUserFields(page: Activity, logged: Activity): Activity {
  const next = { ...page };
  if (logged.note !== undefined && next.note === logged.note) delete next.note;
  const own: PageOwn = { ...page.pageOwn };
  if (own.outcome !== undefined) {
    if (own.outcome === 'unknown') delete next.outcome;
    else next.outcome = own.outcome;
    delete own.outcome;
  } else if (logged.outcome !== undefined && next.outcome === logged.outcome) delete next.outcome;
  if (own.direction && logged.direction !== 'unknown' && next.direction === logged.direction) {
    next.direction = own.direction;
    delete own.direction;
  }
  if (own.timestamp && logged.timestamp && next.timePrecision === 'minute' && next.timestamp === logged.timestamp) {
    next.timestamp = own.timestamp;
    next.timePrecision = own.timePrecision ?? 'day';
    if (own.printedOn) next.printedOn = own.printedOn;
    delete own.timestamp;
    delete own.timePrecision;
    delete own.printedOn;
  }
  if (Object.keys(own).length > 0) next.pageOwn = own;
  else delete next.pageOwn;
  // An owner the page copy had only from the logged touch (a "You" item keeps the user's name).
  if (!page.byViewer && logged.owner !== undefined && next.owner === logged.owner && next.ownerBySetting) {
    delete next.owner;
    delete next.ownerBySetting;
  }
  return next;
}

/**
 * The page copy with what logged touch `gone` gave it taken off and what each of `given` gives
 * put on: an edit (both), an undo or a merge moved away (`gone` only), a touch merged anew
 * (`given` only). Several logged touches that are one touch (duplicate rule 3) share a page copy.
 */
export function withUserFieldsMoved(
  page: Activity,
  gone: Activity | undefined,
  given: Activity | readonly Activity[] | undefined,
): Activity {
  const cleared = gone ? withoutUserFields(page, gone) : page;
  const givers = given === undefined ? [] : Array.isArray(given) ? given : [given];
  return givers.reduce<Activity>((row, touch) => withUserFields(row, touch), cleared);
}
