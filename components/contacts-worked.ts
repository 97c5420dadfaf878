import { undatedWords } from '../lib/metrics/undated-caveat';
import { plural } from './format';

/** The reason a count of contacts worked is unknown or only a lower bound (see contactsWorked). */
export const NAME_NO_CONTACT = 'touches-name-no-contact';

/**
 * The reason a count of contacts worked is unknown or a lower bound when touches of unknown date may
 * be in the period.
 */
export const UNDATED_TOUCHES = 'undated-touches';

/**
 * The reason a count of contacts worked is unknown or a lower bound when the page showed its
 * timeline in part and the part not read may hold touches of the period (periodMayBeUnread).
 */
export const READ_IN_PART = 'activities-not-read';

/** "3 touches in period name no contact". */
export function namingNoContactWords(touches: number): string {
  return `${plural(touches, 'touch', 'touches')} in period name no contact`;
}

/** "2 touches without a readable date may be in period": with a contact shown untouched, or naming none. */
export function undatedMayBeWorkedWords(touches: number): string {
  return `${undatedWords(touches)} may be in period`;
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

/**
 * The deal's contacts, those touched in the period, the touches in it naming no contact, and the
 * touches without a readable date that may have been with a contact shown untouched (DealView, a team deal row).
 */
export interface ContactsWorkedCounts {
  contacts: number;
  touched: number;
  unnamed?: number | undefined;
  undated?: number | undefined;
  /** The page showed its timeline in part, and the part not read may hold touches of the period. */
  readInPart?: boolean | undefined;
}

/** Why the count may be higher, in words: the notes said after it, or in a tooltip. */
export function contactsWorkedNotes({ unnamed = 0, undated = 0, readInPart = false }: ContactsWorkedCounts): string {
  return [
    unnamed > 0 ? namingNoContactWords(unnamed) : '',
    undated > 0 ? undatedMayBeWorkedWords(undated) : '',
    readInPart ? 'the timeline was read in part' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * Contacts worked as "2 of 3"; "… of at least 3" when the page showed its contact list in part
 * (`contactsNotRead`), "not read" when it showed none of it. While touches in the period name no
 * contact and some contact has none naming them, or touches without a readable date name such a
 * contact or none (any may be from the period), the count is a lower bound: "at least 1 of 3"
 * with the range attributes of decisions.md (as stage time), and at 0 no confident 0 but no value.
 * So is it when the part of the timeline not read may hold touches of the period (`readInPart`)
 * while some contact is shown untouched: it may have been worked there.
 */
export function contactsWorkedFigure(counts: ContactsWorkedCounts, contactsNotRead?: string): ContactsWorkedFigure {
  const { contacts, touched, unnamed = 0, undated = 0 } = counts;
  const readInPart = counts.readInPart === true && touched < contacts;
  const of = String(contacts);
  // No contacts known because the page's list was not read: "0 of 0" would say the deal has none.
  if (contacts === 0 && contactsNotRead !== undefined)
    return { value: null, reason: 'contacts-not-read', data: { of }, text: `not read (${contactsNotRead})` };
  // Some contacts read from a list the page showed in part: the deal has at least that many.
  const partly = contactsNotRead !== undefined;
  const ofText = `${partly ? 'at least ' : ''}${of}`;
  if (unnamed === 0 && undated === 0 && !readInPart)
    return {
      value: touched,
      data: { of, reason: partly ? 'contacts-partly-read' : undefined },
      text: `${touched} of ${ofText}`,
    };
  // Touches naming no contact first: the reason the panel's hint beside the count explains.
  const reason = unnamed > 0 ? NAME_NO_CONTACT : undated > 0 ? UNDATED_TOUCHES : READ_IN_PART;
  if (touched === 0)
    return {
      value: null,
      reason,
      data: { of },
      text: `not known of ${ofText}`,
      note: contactsWorkedNotes({ ...counts, readInPart }),
    };
  return {
    value: touched,
    // A list read in part leaves the most unknown: a contact not listed may have been worked.
    data: { of, 'lower-bound': 'true', upper: partly ? undefined : of, reason },
    text: `at least ${touched} of ${ofText}`,
  };
}
