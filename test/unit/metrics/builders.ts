import { TZDate } from '@date-fns/tz';
import { feedLoadedBack } from '../../../lib/adapters/feed-loaded-back';
import { collectTouches } from '../../../lib/metrics/collect-touches';
import type { Touch } from '../../../lib/metrics/touch';
import type { Activity, Outcome } from '../../../lib/schema/activity';
import type { NotRead } from '../../../lib/schema/read-result';
import type { Contact, Deal, StageEntry } from '../../../lib/schema/record';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';

/** The shared test clock (contracts.md): Friday 20 Nov 2026, 7:00 in Los Angeles. */
export const NOW = new Date('2026-11-20T15:00:00Z');
export const LA = 'America/Los_Angeles';
export const TENANT = '4410982';

export const contactKey = (id: string) => `hubspot:${TENANT}:contact:${id}`;
export const dealKey = (id: string) => `hubspot:${TENANT}:deal:${id}`;

/** Jordan Lee at Contoso Freight: the contact most tests are about. */
export const JORDAN = contactKey('901');
export const SAM = contactKey('902');
export const RITA = contactKey('903');

/** An instant given as wall-clock time in a zone: `at('2026-11-18 09:30')` is 9:30 in Los Angeles. */
export function at(local: string, timeZone = LA): string {
  const [date, time = '00:00'] = local.split(' ');
  const [y, mo, d] = (date as string).split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(
    new TZDate(y as number, (mo as number) - 1, d as number, h as number, mi as number, timeZone).getTime(),
  ).toISOString();
}

let sequence = 0;

type ActivityInput = Partial<Activity> & Pick<Activity, 'type'>;

export function activity(input: ActivityInput): Activity {
  sequence++;
  return {
    key: `hubspot:${TENANT}:activity:${70_000 + sequence}`,
    crm: 'hubspot',
    tenant: TENANT,
    direction: 'outbound',
    title: 'Untitled',
    automated: false,
    contactKeys: [JORDAN],
    dealKeys: [],
    origin: 'page',
    owner: 'Alex Morgan',
    ...(['call', 'email', 'meeting', 'social', 'sms'].includes(input.type) ? { channel: input.type } : {}),
    ...input,
  } as Activity;
}

type Extra = Partial<Activity>;

/**
 * HubSpot's entry for a feed that showed `shown` with "Load more" under it (read.ts): only items
 * older than those shown were not loaded, back to the oldest shown (NotRead.olderThan).
 */
export function loadMoreUnder(shown: readonly Activity[]): NotRead {
  const olderThan = feedLoadedBack(shown, LA);
  return {
    field: 'activities',
    reason: 'older timeline items are behind a "Load more" control',
    part: 'older',
    ...(olderThan ? { olderThan } : {}),
  };
}

export const email = (when: string, title = 'Route pricing v2', extra: Extra = {}) =>
  activity({ type: 'email', timestamp: when, title, ...extra });
export const reply = (when: string, title = 'Re: Route pricing v2', extra: Extra = {}) =>
  activity({ type: 'email', direction: 'inbound', timestamp: when, title, ...extra });
/** `null`: the page shows no outcome. */
export const call = (when: string, outcome: Outcome | null = 'connected', extra: Extra = {}) =>
  activity({ type: 'call', timestamp: when, title: 'Call with Jordan Lee', ...(outcome ? { outcome } : {}), ...extra });
export const meeting = (when: string, outcome: Outcome | null = 'held', extra: Extra = {}) =>
  activity({
    type: 'meeting',
    timestamp: when,
    title: 'Fleet pilot scoping',
    ...(outcome ? { outcome } : {}),
    ...extra,
  });
export const social = (when: string, extra: Extra = {}) =>
  activity({ type: 'social', timestamp: when, title: 'LinkedIn message', ...extra });
export const sms = (when: string, extra: Extra = {}) =>
  activity({ type: 'sms', timestamp: when, title: 'Text: running 5 min late', ...extra });
export const note = (when: string, extra: Extra = {}) =>
  activity({ type: 'note', direction: 'unknown', timestamp: when, title: 'Budget approved for Q1', ...extra });
export const task = (when: string, extra: Extra = {}) =>
  activity({ type: 'task', direction: 'unknown', timestamp: when, title: 'Send revised proposal', ...extra });
export const system = (when: string, extra: Extra = {}) =>
  activity({
    type: 'system',
    direction: 'unknown',
    timestamp: when,
    title: 'Lifecycle stage changed to SQL',
    ...extra,
  });
/** A touch whose date the page printed in a way that could not be read: kept with its text, no timestamp. */
export const undated = (dateText: string, extra: Extra = {}) =>
  activity({ type: 'email', title: 'Intro from the trade show', dateText, ...extra });
export const logged = (when: string, type: Activity['type'] = 'call', extra: Extra = {}) =>
  activity({
    type,
    timestamp: when,
    title: `Logged ${type}`,
    origin: 'logged-in-touchline',
    key: `touchline:${JORDAN}:${when}:${++sequence}`,
    ...extra,
  });

/** Test settings: the shipped defaults in Los Angeles unless a test says otherwise. */
export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(LA), ...overrides };
}

/** Dated, merged touches as every metric receives them. */
export function touchesOf(
  activities: readonly Activity[],
  now = NOW,
  timeZone = LA,
  options: { countCompletedTasks?: boolean; pageTimeZone?: string } = {},
): Touch[] {
  return collectTouches(activities, { now, timeZone, ...options }).touches;
}

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'contact',
    recordId: '901',
    key: JORDAN,
    lastReadAt: NOW.toISOString(),
    name: 'Jordan Lee',
    email: 'jordan.lee@contoso.example',
    company: 'Contoso Freight',
    owner: 'Alex Morgan',
    createdAt: at('2026-09-01 08:00'),
    ...overrides,
  };
}

export function history(...entries: [string, string][]): StageEntry[] {
  return entries.map(([stage, enteredAt]) => ({ stage, enteredAt }));
}

export const PIPELINE = ['Discovery', 'Qualified', 'Demo', 'Proposal', 'Negotiation'];

let dealSequence = 0;

export function deal(overrides: Partial<Deal> = {}): Deal {
  dealSequence++;
  const id = String(5_100 + dealSequence);
  return {
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'deal',
    recordId: id,
    key: dealKey(id),
    lastReadAt: NOW.toISOString(),
    name: `Fleet pilot ${id}`,
    amount: 31_500,
    currency: 'USD',
    pipeline: 'Sales pipeline',
    stages: PIPELINE,
    stageHistory: [],
    owner: 'Alex Morgan',
    contacts: [],
    ...overrides,
  };
}

/** The Fleet pilot deal (Demo since 10 Nov) with its three contacts: Jordan Lee, Sam Okoye and Rita Haas. */
export function fleetPilot(): { deal: Deal; contacts: Contact[] } {
  return {
    deal: deal({
      stage: 'Demo',
      contacts: [
        { id: '901', name: 'Jordan Lee' },
        { id: '902', name: 'Sam Okoye' },
        { id: '903', name: 'Rita Haas' },
      ],
      stageHistory: history(['Demo', at('2026-11-10 10:00')]),
    }),
    contacts: [
      contact({ key: JORDAN, recordId: '901', name: 'Jordan Lee' }),
      contact({ key: SAM, recordId: '902', name: 'Sam Okoye' }),
      contact({ key: RITA, recordId: '903', name: 'Rita Haas' }),
    ],
  };
}

/** A deal that spent `days` in `stage` and then moved on (for typical-time samples). */
export function dealThatLeft(stage: string, days: number, enteredOn = '2026-06-01 10:00'): Deal {
  const entered = new Date(at(enteredOn));
  const left = new Date(entered.getTime() + days * 86_400_000).toISOString();
  const next = PIPELINE[PIPELINE.indexOf(stage) + 1] ?? 'Closed won';
  return deal({ stage: next, stageHistory: history([stage, entered.toISOString()], [next, left]) });
}
