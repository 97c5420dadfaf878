import type { Touch } from '../metrics/touch';
import { countsInHeadline } from '../metrics/touch-counts';

/** Each contact's touches, oldest first: those the setting counts, and the automated ones it leaves out. */
export interface ContactTouches {
  byContact: Map<string, Touch[]>;
  /** Only contacts with a touch left out: most have none, and with automated touches counted none has. */
  leftOut: Map<string, Touch[]>;
}

/**
 * Sets a contact's touches (oldest first), split in one pass into those the setting counts and the
 * automated ones it leaves out. Left out, a sequence email is no cadence step, yet the contact's
 * reply to it still ends the cadence (cadenceRuns): the follow-ups pass them on, as the contact's
 * panel does, or the team page would call a contact overdue or cold that her panel does not.
 */
export function setContactTouches(
  contacts: ContactTouches,
  key: string,
  touches: Touch[],
  countAutomated: boolean,
): void {
  const counted: Touch[] = [];
  const leftOut: Touch[] = [];
  for (const touch of touches) (countsInHeadline(touch, countAutomated) ? counted : leftOut).push(touch);
  contacts.byContact.set(key, counted);
  if (leftOut.length > 0) contacts.leftOut.set(key, leftOut);
  else contacts.leftOut.delete(key);
}
