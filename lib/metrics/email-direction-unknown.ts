import type { OutcomeFigures, Rate } from '../schema/view-model';
import type { Touch } from './touch';

/** The reason of a reply rate whose emails were all of a direction the page did not show. */
export const EMAIL_DIRECTION_NOT_READ = 'email-direction-not-read';

/**
 * The emails among the period's counted touches whose direction the page did not show (a page in
 * a language Touchline has no words for): the reply rate leaves them on neither side (replyRate:
 * guessing would move it either way), so the panel says they exist, as it says how many calls had
 * no recorded outcome.
 */
export function emailsOfUnknownDirection(inPeriod: readonly Touch[]): number {
  return inPeriod.filter((t) => t.channel === 'email' && t.activity.direction === 'unknown').length;
}

/**
 * The reply rate beside `unknown` emails of unread direction (emailsOfUnknownDirection). With no
 * outbound email read, "no outbound emails in period" would deny the emails counted above it, any
 * of which may be the rep's: the reason says the direction was not read. With outbound emails read,
 * the rate over them stands, and `emailsDirectionUnknown` says the others exist.
 */
export function withEmailsOfUnknownDirection(
  figures: Omit<OutcomeFigures, 'emailsDirectionUnknown'>,
  unknown: number,
): OutcomeFigures {
  if (unknown === 0) return figures;
  return { ...figures, replyRate: unsureOfDirections(figures.replyRate, unknown), emailsDirectionUnknown: unknown };
}

/** A reply rate over no email read as outbound, beside `unknown` emails of unread direction: "—" because of them. */
export function unsureOfDirections(rate: Rate, unknown: number): Rate {
  return rate.denominator > 0 || unknown === 0 ? rate : { ...rate, value: null, reason: EMAIL_DIRECTION_NOT_READ };
}
