import type { Direction } from '../../schema/activity';
import { OUTREACH } from './words/outreach';

/** What the markers of a Task Outreach synced say (words/outreach.ts). */
export type OutreachSubject =
  | { kind: 'touch'; type: 'email' | 'call'; direction: Direction }
  /** A tracking event ("[Email] [Opened]"): no one's touch. */
  | { kind: 'event' }
  /** A step of another kind ("[Other] LinkedIn: View a Profile"): `rest` is read as any Task's subject. */
  | { kind: 'other'; rest: string }
  /** Markers Touchline does not know: the Task may be a touch, which only they tell. */
  | { kind: 'unknown'; markers: string };

const lower = (map: Record<string, string>) => new Map(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
const CHANNELS = lower(OUTREACH.channels) as Map<string, 'email' | 'call'>;
const DIRECTIONS = lower(OUTREACH.directions) as Map<string, Direction>;
const EVENTS = new Set(OUTREACH.events.map((e) => e.toLowerCase()));

/** The markers of a subject Outreach wrote, or undefined when it does not open with Outreach's own. */
export function outreachSubject(subject: string): OutreachSubject | undefined {
  const head = subject.trim().match(/^(?:\[[^\]]*\]\s*)+/)?.[0] ?? '';
  const markers = (head.match(/\[[^\]]*\]/g) ?? []).map((m) => m.toLowerCase());
  if (markers[0] !== OUTREACH.tool.toLowerCase()) return undefined;
  if (markers[1] === OUTREACH.other.toLowerCase()) {
    return { kind: 'other', rest: subject.trim().replace(/^\[[^\]]*\]\s*\[[^\]]*\]\s*/, '') };
  }
  const type = CHANNELS.get(markers[1] ?? '');
  const direction = DIRECTIONS.get(markers[2] ?? '');
  if (type && direction) return { kind: 'touch', type, direction };
  if (type && EVENTS.has(markers[2] ?? '')) return { kind: 'event' };
  return { kind: 'unknown', markers: head.trim() };
}
