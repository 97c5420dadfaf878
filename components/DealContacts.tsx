import type { DealView } from '../lib/schema/view-model';
import { plural, reasonText, relativeDays } from './format';
import { lastTouchReason } from './last-touch-reason';
import { Metric } from './Metric';

interface DealContactsProps {
  view: DealView;
  /** Why the page's contact list was not read, when it was not. */
  contactsNotRead?: string | undefined;
}

/** Multi-threading: which of the deal's contacts were worked, and when the deal was last touched. */
export function DealContacts({ view, contactsNotRead }: DealContactsProps) {
  const { contacts, contactsTouched, daysSinceLastTouch } = view;
  const reason = lastTouchReason(view);
  // No contacts known because the page's list was not read: "0 of 0" would say the deal has none.
  const unknown = contacts.length === 0 && contactsNotRead !== undefined;
  return (
    <section class="tl-card" aria-label="Contacts on the deal">
      <p>
        <span class="tl-label">Contacts worked </span>
        <Metric
          name="contacts-touched"
          value={unknown ? null : contactsTouched}
          reason="contacts-not-read"
          data={{ of: String(contacts.length) }}
          class="tl-strong"
        >
          {unknown ? `not read (${contactsNotRead})` : `${contactsTouched} of ${contacts.length}`}
        </Metric>
        <span class="tl-small"> (multi-threading)</span>
      </p>
      {contacts.length > 0 && (
        <ul class="tl-contacts">
          {contacts.map((contact) => (
            <li key={contact.key} class="tl-contact-row">
              <span class="tl-contact-name">{contact.name}</span>
              <span class="tl-small">
                {contact.touches === 0
                  ? 'no touches in period'
                  : `${plural(contact.touches, 'touch', 'touches')}${lastText(contact.daysSinceLastTouch)}`}
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
      </p>
      {view.noRecentActivity && (
        <p class="tl-flag" role="note">
          No touch on any of the deal's contacts for longer than the follow-up limit
          {(view.touches.undated ?? 0) > 0
            ? ` (${plural(view.touches.undated ?? 0, 'touch', 'touches')} without a readable date not counted: one may be newer).`
            : '.'}
        </p>
      )}
    </section>
  );
}

function lastText(days: number | null): string {
  return days === null ? '' : `, last ${relativeDays(days)}`;
}
