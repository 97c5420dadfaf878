import { plural } from './format';

/** The reason a count of contacts worked is unknown or only a lower bound (see contactsWorked). */
export const NAME_NO_CONTACT = 'touches-name-no-contact';

/** "3 touches in period name no contact". */
export function namingNoContactWords(touches: number): string {
  return `${plural(touches, 'touch', 'touches')} in period name no contact`;
}

/** What the `contacts-touched` metric carries (contracts.md) and says. */
interface ContactsWorkedFigure {
  value: number | null;
  reason?: string;
  data: Record<string, string | undefined>;
  text: string;
  /** Why the count is not known, said after it on the panel. */
  note?: string;
}

/** The deal's contacts, those touched in the period, and the touches in it naming no contact (DealView, a team deal row). */
export interface ContactsWorkedCounts {
  contacts: number;
  touched: number;
  unnamed?: number | undefined;
}

/**
 * Contacts worked as "2 of 3"; "… of at least 3" when the page showed its contact list in part
 * (`contactsNotRead`), "not read" when it showed none of it. While touches in the period name no
 * contact and some contact has none naming them, the count is a lower bound: "at least 1 of 3"
 * with the range attributes of decisions.md (as stage time), and at 0 no confident 0 but no value.
 */
export function contactsWorkedFigure(
  { contacts, touched, unnamed = 0 }: ContactsWorkedCounts,
  contactsNotRead?: string,
): ContactsWorkedFigure {
  const of = String(contacts);
  // No contacts known because the page's list was not read: "0 of 0" would say the deal has none.
  if (contacts === 0 && contactsNotRead !== undefined)
    return { value: null, reason: 'contacts-not-read', data: { of }, text: `not read (${contactsNotRead})` };
  // Some contacts read from a list the page showed in part: the deal has at least that many.
  const partly = contactsNotRead !== undefined;
  const ofText = `${partly ? 'at least ' : ''}${of}`;
  if (unnamed === 0)
    return {
      value: touched,
      data: { of, reason: partly ? 'contacts-partly-read' : undefined },
      text: `${touched} of ${ofText}`,
    };
  if (touched === 0)
    return {
      value: null,
      reason: NAME_NO_CONTACT,
      data: { of },
      text: `not known of ${ofText}`,
      note: namingNoContactWords(unnamed),
    };
  return {
    value: touched,
    // A list read in part leaves the most unknown: a contact not listed may have been worked.
    data: { of, 'lower-bound': 'true', upper: partly ? undefined : of, reason: NAME_NO_CONTACT },
    text: `at least ${touched} of ${ofText}`,
  };
}
