import fc from 'fast-check';
import type { Activity, Outcome } from '../../../lib/schema/activity';
import { at, dealKey, JORDAN, NOW, TENANT } from './builders';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const DEAL = dealKey('5101');

/** One real event on Jordan's timeline, as it happened; the page may show it several times. */
export interface RealItem {
  type: 'call' | 'email' | 'meeting' | 'social' | 'sms' | 'note' | 'task' | 'system';
  direction: 'outbound' | 'inbound' | 'unknown';
  /** The event's time, or the start of its day when the page shows only a date. */
  at: string;
  dateOnly: boolean;
  automated: boolean;
  outcome?: Outcome;
  planned: boolean;
  logged: boolean;
  /** The page printed a date Touchline could not read. */
  undated: boolean;
}

export interface History {
  activities: Activity[];
  truth: RealItem[];
}

type CopyKind = 'same-id' | 'double-capture' | 'no-id-near' | 'date-only-copy' | 'deal-copy';

const shape = fc.record({
  kind: fc.constantFrom('touch', 'touch', 'touch', 'touch', 'double-dial', 'date-only-calls', 'non-touch'),
  type: fc.constantFrom('call', 'email', 'email', 'meeting', 'social', 'sms'),
  nonTouchType: fc.constantFrom('note', 'task', 'system'),
  direction: fc.constantFrom('outbound', 'outbound', 'inbound', 'unknown'),
  day: fc.integer({ min: -100, max: 2 }),
  hour: fc.integer({ min: 1, max: 21 }),
  dateOnly: fc.boolean(),
  automated: fc.boolean(),
  callOutcome: fc.constantFrom<Outcome | undefined>('connected', 'no-answer', 'voicemail', undefined),
  meetingOutcome: fc.constantFrom<Outcome | undefined>('held', undefined, undefined, 'cancelled', 'no-show'),
  planned: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  logged: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  undated: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  sourceId: fc.boolean(),
  copies: fc.array(
    fc.constantFrom<CopyKind>('same-id', 'double-capture', 'no-id-near', 'date-only-copy', 'deal-copy'),
    {
      maxLength: 2,
    },
  ),
  shift: fc.integer({ min: 0, max: 120 }),
  outcomeOnCopy: fc.boolean(),
});

/**
 * Jordan's history as pages show it, with what really happened beside it. Each real touch has its
 * own title, so copies can only be copies of it: the same CRM id (read again, renamed, later),
 * a double capture (another id, same everything, within 2 minutes), a copy without an id within 2
 * minutes, a date-only reading of the same day, a deal-timeline copy naming nobody. Real touches
 * that look alike but are two stay in the history too: double dials (two ids, two outcomes, a
 * minute apart) and two date-only calls of one day with different ids. Also planned, past-but-
 * planned, cancelled and no-show meetings, meetings shown as "Today", logged touches (one already
 * merged into its page copy), automated emails and out-of-office replies, undated touches, notes,
 * tasks and system events. Times are distinct (item i is i × 61 s + 17 s past its hour), so the
 * order of events is never a tie, except date-only outbound touches at the same midnight.
 */
export function history(timeZone: string): fc.Arbitrary<History> {
  return fc.array(shape, { maxLength: 18 }).map((shapes) => {
    const activities: Activity[] = [];
    const truth: RealItem[] = [];
    shapes.forEach((s, i) => {
      const instant = new Date(NOW.getTime() + s.day * DAY + s.hour * HOUR + i * 61_000 + 17_000);
      const midnight = at(`${dayText(instant, timeZone)} 00:00`, timeZone);
      const title = `T${i}`;
      const base = (n: number, extra: Partial<Activity>): Activity =>
        ({
          key: `hubspot:${TENANT}:activity:${i}-${n}`,
          crm: 'hubspot',
          tenant: TENANT,
          title,
          direction: 'outbound',
          automated: false,
          contactKeys: [JORDAN],
          dealKeys: [],
          origin: 'page',
          ...extra,
        }) as Activity;
      if (s.kind === 'non-touch') {
        const when = instant.toISOString();
        activities.push(base(0, { type: s.nonTouchType, direction: 'unknown', timestamp: when }));
        truth.push({ ...plain(s.nonTouchType, when), direction: 'unknown' });
        return;
      }
      if (s.kind === 'double-dial') {
        const second = new Date(instant.getTime() + 60_000).toISOString();
        activities.push(base(0, callAt(instant.toISOString(), 'no-answer', `S${i}a`)));
        activities.push(base(1, callAt(second, 'connected', `S${i}b`)));
        truth.push({ ...plain('call', instant.toISOString()), outcome: 'no-answer' });
        truth.push({ ...plain('call', second), outcome: 'connected' });
        return;
      }
      if (s.kind === 'date-only-calls') {
        const day = { timePrecision: 'day' as const };
        activities.push(base(0, { ...callAt(midnight, 'connected', `S${i}a`), ...day }));
        activities.push(base(1, { ...callAt(midnight, 'no-answer', `S${i}b`), ...day }));
        truth.push({ ...plain('call', midnight), dateOnly: true, outcome: 'connected' });
        truth.push({ ...plain('call', midnight), dateOnly: true, outcome: 'no-answer' });
        return;
      }
      const type = s.type;
      const outcome = type === 'call' ? s.callOutcome : type === 'meeting' ? s.meetingOutcome : undefined;
      const automated = type === 'email' && s.automated;
      if (s.undated && (type === 'email' || type === 'call')) {
        const row = { type, direction: s.direction, dateText: 'around the fair', sourceId: `S${i}`, automated };
        activities.push(base(0, row));
        truth.push({ ...plain(type, ''), direction: s.direction, automated, undated: true });
        return;
      }
      const dateOnly = s.dateOnly && type !== 'email' && !s.logged;
      const direction = dateOnly ? 'outbound' : s.direction;
      const when = dateOnly ? midnight : instant.toISOString();
      const item: RealItem = {
        ...plain(type, when),
        direction,
        dateOnly,
        automated,
        planned: s.planned,
        logged: s.logged,
        ...(outcome ? { outcome } : {}),
      };
      truth.push(item);
      const common = {
        type,
        channel: type,
        direction,
        timestamp: when,
        ...(dateOnly ? { timePrecision: 'day' as const } : {}),
        ...(s.planned ? { planned: true } : {}),
      };
      if (s.logged) {
        const key = `touchline:${JORDAN}:${i}`;
        activities.push({ ...base(0, { ...common, automated, origin: 'logged-in-touchline', key }), ...out(outcome) });
        activities.push(base(1, { ...common, origin: 'logged-in-touchline', key: `${key}:merged`, mergedInto: 'x' }));
        return;
      }
      const copies = s.copies.filter(
        (c) =>
          (c !== 'same-id' || s.sourceId) &&
          (c !== 'double-capture' || (s.sourceId && !dateOnly)) &&
          (c !== 'date-only-copy' || (!dateOnly && Date.parse(when) <= NOW.getTime())),
      );
      // A call's outcome may be known only to a later copy (survivorship); a meeting's every copy
      // shows its outcome (a copy without it would be a different fact: held vs cancelled).
      // Copies come up to 3 hours later; one still ahead of now is not read as a touch yet.
      const settled = Date.parse(when) + 4 * HOUR <= NOW.getTime();
      const movable = settled && type === 'call' && s.outcomeOnCopy && !copies.includes('double-capture');
      const carrier = movable ? copies.findIndex((c) => c !== 'deal-copy') + 1 : 0;
      const rows: Activity[] = [
        base(0, { ...common, ...(s.sourceId ? { sourceId: `S${i}` } : {}) }),
        ...copies.map((c, n) => base(n + 1, copyOf(c, common, i, s.shift, midnight))),
      ];
      rows.forEach((row, n) => {
        const outcomeHere = type === 'meeting' || n === carrier || copies[n - 1] === 'double-capture';
        activities.push({
          ...row,
          ...(outcomeHere ? out(outcome) : {}),
          automated: automated && n === (settled ? rows.length - 1 : 0),
        });
      });
    });
    return { activities, truth };
  });
}

function copyOf(
  kind: CopyKind,
  common: Partial<Activity>,
  i: number,
  shift: number,
  midnight: string,
): Partial<Activity> {
  const later = (ms: number) => new Date(Date.parse(common.timestamp as string) + ms).toISOString();
  const dateOnly = common.timePrecision === 'day';
  switch (kind) {
    case 'same-id':
      return {
        ...common,
        sourceId: `S${i}`,
        title: `T${i} (synced)`,
        timestamp: dateOnly ? common.timestamp : later(shift * 90_000),
      };
    case 'double-capture':
      return { ...common, sourceId: `S${i}b`, timestamp: later(shift * 1000) };
    case 'no-id-near':
      return { ...common, timestamp: dateOnly ? common.timestamp : later(shift * 1000) };
    case 'date-only-copy':
      return { ...common, timestamp: midnight, timePrecision: 'day' };
    case 'deal-copy':
      return { ...common, contactKeys: [], dealKeys: [DEAL] };
  }
}

function callAt(timestamp: string, outcome: Outcome, sourceId: string): Partial<Activity> {
  return { type: 'call', channel: 'call', timestamp, outcome, sourceId };
}

function out(outcome: Outcome | undefined): Partial<Activity> {
  return outcome ? { outcome } : {};
}

function plain(type: RealItem['type'], when: string): RealItem {
  return {
    type,
    direction: 'outbound',
    at: when,
    dateOnly: false,
    automated: false,
    planned: false,
    logged: false,
    undated: false,
  };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` of an instant in a zone, straight from Intl (not the code under test). */
export function dayText(instant: Date | string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}
