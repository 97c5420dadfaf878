import { COLD_READ_IN_PART } from '../lib/metrics/timeline-read-in-part';
import { undatedWords } from '../lib/metrics/undated-caveat';
import type { DealView } from '../lib/schema/view-model';
import {
  contactsWorkedFigure,
  NAME_NO_CONTACT,
  namingNoContactWords,
  READ_IN_PART,
  UNDATED_TOUCHES,
  undatedMayBeWorkedWords,
} from './contacts-worked';
import { plural, reasonText, relativeDays } from './format';
import { lastTouchReason } from './last-touch-reason';
import { Metric } from './Metric';

interface DealContactsProps {
  view: DealView;
  /** Why the page's contact list was not read (or not all of it), when it was not. */
  contactsNotRead?: string | undefined;
  /** Timeline items whose type the page did not let Touchline read: each may be an uncounted touch. */
  typesNotRead?: number;
  /** The page showed its timeline in part: no stored touch is then no "no touches yet" (lastTouchReason). */
  timelinePartlyRead?: boolean;
  /** No item not loaded is newer than the deal's last touch (newestTouchRead). */
  newestRead?: boolean;
  /** The part of the timeline not read may hold touches of the period (periodMayBeUnread). */
  periodPartlyRead?: boolean;
}

/** Multi-threading: which of the deal's contacts were worked, and when the deal was last touched. */
export function DealContacts({
  view,
  contactsNotRead,
  typesNotRead = 0,
  timelinePartlyRead = false,
  newestRead = false,
  periodPartlyRead = false,
}: DealContactsProps) {
  const { contacts, contactsTouched, daysSinceLastTouch } = view;
  const reason = lastTouchReason(view, timelinePartlyRead);
  // Some contacts read from a list the page showed in part (see contactsWorkedFigure).
  const partly = contacts.length > 0 && contactsNotRead !== undefined;
  // A touch in the part of the timeline not read may be within the limit, unless no item not loaded
  // can be newer than the last touch.
  const touchMayBeUnread = timelinePartlyRead && !(newestRead && daysSinceLastTouch !== null);
  // Touches naming no contact may have been with any contact shown untouched (see contactsWorked).
  const unnamed = view.touchesNamingNoContact ?? 0;
  // Touches without a readable date may be from the period, with a contact shown untouched (see contactsWorked).
  const undated = view.undatedTouchesOfUntouched ?? 0;
  const worked = contactsWorkedFigure(
    { contacts: contacts.length, touched: contactsTouched, unnamed, undated, readInPart: periodPartlyRead },
    contactsNotRead,
  );
  return (
    <section class="tl-card" aria-label="Contacts on the deal">
      <p>
        <span class="tl-label">Contacts worked </span>
        <Metric
          name="contacts-touched"
          value={worked.value}
          reason={worked.reason}
          data={worked.data}
          class="tl-strong"
        >
          {worked.note ? `${worked.text}: ${worked.note}` : worked.text}
        </Metric>
        <span class="tl-small"> (multi-threading)</span>
      </p>
      {unnamed > 0 && contactsTouched > 0 && (
        <p class="tl-hint" data-notice={NAME_NO_CONTACT}>
          {namingNoContactWords(unnamed)}: the deal's timeline does not say which contact they were with.
        </p>
      )}
      {undated > 0 && contactsTouched > 0 && (
        <p class="tl-hint" data-notice={UNDATED_TOUCHES}>
          {undatedMayBeWorkedWords(undated)}: a contact shown without touches in period may have been worked.
        </p>
      )}
      {periodPartlyRead && contactsTouched > 0 && contactsTouched < contacts.length && (
        <p class="tl-hint" data-notice={READ_IN_PART}>
          The timeline was read in part: a contact shown without touches in period may have been worked in the part not
          read.
        </p>
      )}
      {partly && (
        <p class="tl-hint" data-notice="contacts-partly-read">
          The page showed part of the deal's contact list ({contactsNotRead}): the deal has at least{' '}
          {plural(contacts.length, 'contact', 'contacts')}.
        </p>
      )}
      {contacts.length > 0 && (
        <ul class="tl-contacts">
          {contacts.map((contact) => (
            <li key={contact.key} class="tl-contact-row">
              <span class="tl-contact-name">{contact.name}</span>
              <span class="tl-small">
                {contact.touches === 0
                  ? untouchedText(contact.undatedTouches ?? 0, unnamed > 0, periodPartlyRead)
                  : `${plural(contact.touches, 'touch', 'touches')} in period${lastText(contact.daysSinceLastTouch)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <span class="tl-label">Last touch on the deal: </span>
        <Metric name="days-since-last-touch" value={daysSinceLastTouch} reason={reason} class="tl-strong">
          {daysSinceLastTouch === null ? reasonText(reason) : relativeDays(daysSinceLastTouch)}
        </Metric>
        {daysSinceLastTouch !== null && timelinePartlyRead && !newestRead && (
          <span class="tl-small"> {COLD_READ_IN_PART}</span>
        )}
      </p>
      {view.noRecentActivity && (
        <p class="tl-flag" role="note">
          No touch on any of the deal's contacts for longer than the follow-up limit
          {(view.touches.undated ?? 0) > 0
            ? ` (${plural(view.touches.undated ?? 0, 'touch', 'touches')} without a readable date not counted: one may be newer).`
            : '.'}
          {/* The reason is in the hint above the list: here, only what it means for the flag. */}
          {partly && " The page showed the deal's contacts only partly: one not read may have been touched."}
          {touchMayBeUnread &&
            ` The timeline was read in part: ${daysSinceLastTouch === null ? 'a touch' : 'a newer touch'} may be in the part not read.`}
          {typesNotRead > 0 &&
            ` The type of ${plural(typesNotRead, 'activity', 'activities')} on the page was not read: one may be a touch.`}
        </p>
      )}
    </section>
  );
}

/**
 * A contact with no dated touch in the period: its own touches of unknown date first (they may be
 * in it), then whether touches in it naming nobody may have been with it, then whether touches of
 * the period may be in the part of the timeline not read.
 */
function untouchedText(undatedTouches: number, unnamedMayBeTheirs: boolean, periodPartlyRead: boolean): string {
  if (undatedTouches > 0) return `${undatedWords(undatedTouches)}, none dated in period`;
  if (unnamedMayBeTheirs) return 'no touch in period names them';
  return periodPartlyRead ? 'no touches in period in what was read' : 'no touches in period';
}

/** The last touch whenever it was, counted back from today: said apart from the period's count (last quarter's "1 touch"). */
function lastText(days: number | null): string {
  return days === null ? '' : `; last touch ${relativeDays(days)}`;
}
