import { type Channel, TOUCH_TYPES } from '../schema/activity';
import { isHeldMeeting, isOutbound, type Touch } from './touch';
import { countsInHeadline, emptyByChannel } from './touch-counts';

export interface TouchesPerContact {
  /** Touches per active contact, or null when no contact was touched (`reason` says so). */
  value: number | null;
  reason?: 'no-active-contacts';
  touches: number;
  activeContacts: number;
  /** Per channel: that channel's touches over the same active contacts. */
  byChannel: Record<Channel, number | null>;
}

/**
 * Touches in period / active contacts in period, blended and per channel (metrics.md).
 * Active contacts are those who received a touch in the period (an outbound touch or a held
 * meeting); only their touches count, so a contact who only wrote in adds nothing to either side.
 * Only touches that name a contact count: a deal-level touch that names nobody cannot be
 * placed on a relationship, and counting it over the named contacts would inflate the figure.
 * A touch naming several contacts (a meeting with three people) counts once and makes each of
 * them active. Automated touches follow the headline rule (`countAutomated`).
 */
export function touchesPerContact(periodTouches: readonly Touch[], countAutomated: boolean): TouchesPerContact {
  const headline = periodTouches.filter((t) => countsInHeadline(t, countAutomated));
  const contacts = activeContacts(headline);
  const counted = onContacts(headline, contacts);
  const perChannel = emptyByChannel();
  for (const touch of counted) if (touch.channel !== 'task') perChannel[touch.channel]++;
  const active = contacts.size;
  const per = (n: number) => (active === 0 ? null : n / active);
  const byChannel = Object.fromEntries(TOUCH_TYPES.map((c) => [c, per(perChannel[c])])) as Record<
    Channel,
    number | null
  >;
  return {
    value: per(counted.length),
    ...(active === 0 ? { reason: 'no-active-contacts' as const } : {}),
    touches: counted.length,
    activeContacts: active,
    byChannel,
  };
}

/**
 * The period's touches that team figures count (metrics.md: "only active contacts' touches"):
 * those naming a contact who received a headline touch in the period. Automated ones stay in,
 * so a count over them can still show the automated touches apart.
 */
export function activeContactTouches(periodTouches: readonly Touch[], countAutomated: boolean): Touch[] {
  return onContacts(periodTouches, activeContacts(periodTouches.filter((t) => countsInHeadline(t, countAutomated))));
}

/** The window's touches a team figure counts: active contacts' headline touches. */
export function countedActiveTouches(windowTouches: readonly Touch[], countAutomated: boolean): Touch[] {
  return activeContactTouches(windowTouches, countAutomated).filter((t) => countsInHeadline(t, countAutomated));
}

/** Contacts who received one of these touches (an outbound touch or a held meeting). */
function activeContacts(touches: readonly Touch[]): Set<string> {
  // A loop, not flatMap: over a team's tens of thousands of touches, flatMap was most of this function's time.
  const contacts = new Set<string>();
  for (const touch of touches) if (isReceived(touch)) for (const key of touch.contactKeys) contacts.add(key);
  return contacts;
}

function onContacts(touches: readonly Touch[], contacts: ReadonlySet<string>): Touch[] {
  return touches.filter((t) => t.contactKeys.some((k) => contacts.has(k)));
}

function isReceived(touch: Touch): boolean {
  return isOutbound(touch) || isHeldMeeting(touch);
}
