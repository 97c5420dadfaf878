import { type Channel, TOUCH_TYPES } from '../schema/activity';
import type { Touch } from './touch';
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
 * Only touches that name a contact count: a deal-level touch that names nobody cannot be
 * placed on a relationship, and counting it over the named contacts would inflate the figure.
 * A touch naming several contacts (a meeting with three people) counts once and makes each of
 * them active. Automated touches follow the headline rule (`countAutomated`).
 */
export function touchesPerContact(periodTouches: readonly Touch[], countAutomated: boolean): TouchesPerContact {
  const counted = periodTouches.filter((t) => t.contactKeys.length > 0 && countsInHeadline(t, countAutomated));
  const contacts = new Set(counted.flatMap((t) => t.contactKeys));
  const perChannel = emptyByChannel();
  for (const touch of counted) perChannel[touch.channel]++;
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
