import { severalZonesName, ZONE_PATTERN, zoneOffset } from './zones';

export interface TimeOfDay {
  hour: number;
  minute: number;
  /** The page's own zone for this time ("+02:00"), when it printed one. */
  zone?: string;
  /** The abbreviation it printed, when several zones go by it ("ist"): `zone` is then its usual reading (zones.ts). */
  zoneName?: string;
}

const CLOCK =
  '(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?| ?h ?(\\d{2})(?: ?min(?![a-z]))?|h(?![a-z])|(?= ?[ap]\\.? ?m\\b))' +
  '(?: ?([ap])\\.? ?m\\.?(?![a-z]))?';
const TIME = new RegExp(`(?<![\\d.:/,])${CLOCK}(?: (${ZONE_PATTERN}))?(?![\\d:])`);

/**
 * The time of day in folded text ("3:15 pm", "14:05", "14h30", "14 h 30", "16h30min", "9:12 a. m.",
 * "11:53 gmt+2") and the text around it. A zone word Touchline does not know stays in the rest,
 * so the caller sees an unread word rather than a time read in the wrong zone.
 */
export function takeTimeOfDay(text: string): { time: TimeOfDay; rest: string } | 'invalid' | undefined {
  const m = text.match(TIME);
  if (!m || m.index === undefined) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? m[4] ?? 0);
  const second = Number(m[3] ?? 0);
  const meridiem = m[5];
  if (meridiem) {
    if (hour < 1 || hour > 12) return 'invalid';
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (!isClockTime(hour, minute, second)) return 'invalid';
  let matched = m[0];
  let zone: string | undefined;
  let zoneName: string | undefined;
  if (m[6]) {
    zone = zoneOffset(m[6]);
    zoneName = severalZonesName(m[6]);
    if (!zone) matched = matched.slice(0, matched.length - m[6].length);
  }
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + matched.length)}`;
  const time = zone ? { hour, minute, zone, ...(zoneName ? { zoneName } : {}) } : { hour, minute };
  return { time, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** A time a clock can show: "25:00" or "14:75" is a typing slip, never rolled over into another hour. */
export function isClockTime(hour: number, minute: number, second = 0): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}
