import { peopleOfCopies } from '../db/converted-lead';
import { sortedUnion } from '../db/objects';
import { withinDay } from '../db/time-precision';
import type { Activity } from '../schema/activity';
import { statusMoved } from './done-in-export';

/**
 * The stored row with what the import knows and it lacks: an owner, a CRM id, a time (or the time
 * of day of a row the page dated only: metrics.md keeps a time of day over a date; the time shown
 * for one the page worked out from a count), a known direction or outcome, that a tool sent it,
 * and the contacts and deals the export names.
 * Nothing else it has is replaced, but: a planned item the export shows done is done, `planned:
 * false` (a done status) ending it as the page's newest sighting would, and dated by when it was
 * done (statusMoved), never planned again (a file carries no time it was made: an older export
 * imported after a newer one must not take back a touch); and an owner the "your name"
 * setting gave is the file's named owner now (settings.md: an owner a CSV file named is never
 * replaced by the setting's name, so clearing the setting must leave it). Direction, outcome, owner,
 * title and type are only filled in: an export's direction is often worked out (a report has no
 * direction column for emails), its owner may be spelt otherwise than the page's, and a file
 * carries no time it was made, so its outcome may be older than the page's.
 * `pageTimeZone` (the browser's unless given) is the zone a date-only row's day and the export's
 * time are compared in.
 */
export function fillIn(stored: Activity, row: Activity, pageTimeZone?: string): Activity {
  const filled: Activity = {
    ...stored,
    contactKeys: peopleOfCopies(stored.contactKeys, row.contactKeys, stored.sourceId ?? row.sourceId),
    dealKeys: sortedUnion(stored.dealKeys, row.dealKeys),
  };
  if (row.owner && (!filled.owner || filled.ownerBySetting)) {
    filled.owner = row.owner;
    delete filled.ownerBySetting;
  }
  if (!filled.sourceId && row.sourceId) filled.sourceId = row.sourceId;
  const moved = statusMoved(stored, row, pageTimeZone);
  if (
    row.timestamp &&
    (!filled.timestamp || moved || moreExact(filled, row, pageTimeZone) || shownForCounted(filled, row))
  ) {
    filled.timestamp = row.timestamp;
    if (row.timePrecision) filled.timePrecision = row.timePrecision;
    if (!row.relativeTime) delete filled.relativeTime;
    if (row.printedOn) filled.printedOn = row.printedOn;
    else delete filled.printedOn;
    if (moved) withoutPageDate(filled);
  }
  fillDirection(filled, stored, row);
  if ((!filled.outcome || filled.outcome === 'unknown') && row.outcome) filled.outcome = row.outcome;
  if (row.planned === false) delete filled.planned;
  // metrics.md: the merged touch is automated if any copy came from a sequence.
  if (row.automated) filled.automated = true;
  return filled;
}

/**
 * A direction not known, or presumed, takes the one the export states; one the export presumes
 * stays presumed on a row an earlier import presumed alike (rows imported before 0.7.33 say
 * nothing of it), so a page copy stating the other direction is still that touch.
 */
function fillDirection(filled: Activity, stored: Activity, row: Activity): void {
  const known = row.direction !== 'unknown';
  if (known && (stored.direction === 'unknown' || (stored.directionPresumed && !row.directionPresumed))) {
    filled.direction = row.direction;
    if (row.directionPresumed) filled.directionPresumed = true;
    else delete filled.directionPresumed;
  } else if (row.directionPresumed && stored.origin === 'import' && stored.direction === row.direction)
    filled.directionPresumed = true;
}

/** The row without the page's own date `pageOwn` kept (withUserFields): the export dated it anew. */
function withoutPageDate(filled: Activity): void {
  if (!filled.pageOwn?.timestamp) return;
  const { timestamp: _at, timePrecision: _precision, printedOn: _printed, ...own } = filled.pageOwn;
  if (Object.keys(own).length > 0) filled.pageOwn = own;
  else delete filled.pageOwn;
}

/** The export shows the time a page worked out from a count ("2 hours ago", found by sameTouchStored). */
function shownForCounted(stored: Activity, row: Activity): boolean {
  return !!stored.relativeTime && !row.relativeTime && row.timePrecision === 'minute';
}

/** The export shows a time of day on the day the page printed for a stored row that has only a date. */
function moreExact(stored: Activity, row: Activity, pageTimeZone: string | undefined): boolean {
  if (stored.timePrecision !== 'day' || row.timePrecision === 'day' || !stored.timestamp || !row.timestamp)
    return false;
  return withinDay(row.timestamp, { ...stored, timestamp: stored.timestamp }, pageTimeZone);
}
