import { recordKeyOf } from '../../lib/keys';
import { type Activity, type ActivityType, activitySchema, type Outcome } from '../../lib/schema/activity';
import { type Contact, contactSchema, dealSchema } from '../../lib/schema/record';
import { PORTAL_ID } from '../demo-crm/hubspot/ids';
import { seededRandom } from '../demo-crm/seeded-random';
import type { StoredRows } from './stored-rows';
import { teamDeals } from './team-world-deals';

export interface TeamWorldSize {
  activities: number;
  contacts: number;
  deals: number;
  reps: number;
}

/** issue 14's two caches: the large one and the one it is compared with. */
export const LARGE_TEAM: TeamWorldSize = { activities: 100_000, contacts: 5_000, deals: 2_000, reps: 20 };
export const SMALL_TEAM: TeamWorldSize = { activities: 1_000, contacts: 50, deals: 20, reps: 4 };

const DAY = 86_400_000;
const YEAR_DAYS = 365;
const FIRST = ['Alex', 'Casey', 'Jamie', 'Robin', 'Morgan', 'Taylor', 'Jordan', 'Riley', 'Avery', 'Quinn'];
const LAST = ['Morgan', 'Nguyen', 'Patel', 'Fischer', 'Silva', 'Okafor'];
const SUBJECTS = ['Route pricing v2', 'Quick question on your fleet', 'Following up', 'Case study', 'Next steps'];
const CALL_OUTCOMES: Outcome[] = ['connected', 'no-answer', 'no-answer', 'voicemail', 'busy', 'connected'];
/** Types by share of the activities: mostly emails and calls, as sales timelines are. */
const TYPE_MIX: [ActivityType, number][] = [
  ['email', 0.44],
  ['call', 0.3],
  ['meeting', 0.07],
  ['social', 0.07],
  ['sms', 0.03],
  ['note', 0.05],
  ['task', 0.04],
];
/** Share of deal touches whose deal-timeline copy was read too, without its id (merged as one touch). */
const DEAL_COPY_SHARE = 0.05;
const IMPORTED_SHARE = 0.2;

/**
 * A team's cache as the extension holds it after reading pages and importing exports, built
 * straight as stored rows (HubSpot, one portal): `size.reps` owners loaded unevenly (contacts go
 * to rep i in proportion to 1 / (i + 1), so the busiest rep has about a quarter of the work in the
 * large world), each contact worked in a window of 1 to 4 months somewhere in the last year, open
 * and closed deals with stage histories on 1 to 3 contacts each, and a few deal-timeline copies
 * of touches that the duplicate rules merge. Deterministic; every row passes the cache's schemas.
 */
export function teamWorld(size: TeamWorldSize, now: string): StoredRows {
  const rand = seededRandom(14_000 + size.reps);
  const end = Date.parse(now);
  const reps = Array.from(
    { length: size.reps },
    (_, i) => `${FIRST[i % FIRST.length]} ${LAST[(i + Math.floor(i / FIRST.length)) % LAST.length]}`,
  );
  const weights = reps.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickRep = () => {
    let r = rand() * total;
    for (const [i, w] of weights.entries()) {
      r -= w;
      if (r <= 0) return reps[i] as string;
    }
    return reps[reps.length - 1] as string;
  };

  const contacts: Contact[] = [];
  const windows: { start: number; span: number; weight: number }[] = [];
  for (let i = 0; i < size.contacts; i++) {
    const span = (30 + rand() * 90) * DAY;
    const start = end - rand() * YEAR_DAYS * DAY;
    windows.push({ start: Math.min(start, end - 3_600_000), span, weight: 0.3 + rand() * 1.7 });
    const id = String(500_000 + i);
    contacts.push({
      key: recordKeyOf('hubspot', PORTAL_ID, 'contact', id),
      crm: 'hubspot',
      tenant: PORTAL_ID,
      kind: 'contact',
      recordId: id,
      lastReadAt: new Date(end - rand() * 30 * DAY).toISOString(),
      name: `${FIRST[i % FIRST.length]} Contact ${i + 1}`,
      email: `contact${i + 1}@example.com`,
      owner: pickRep(),
      createdAt: new Date(start - 2 * DAY).toISOString(),
    });
  }

  const { deals, dealsOf } = teamDeals(rand, contacts, size.deals, end);

  const cumulative: number[] = [];
  let sum = 0;
  for (const w of windows) {
    sum += w.weight;
    cumulative.push(sum);
  }
  const pickContact = () => {
    const r = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const activities: Activity[] = [];
  let next = 40_000_000_000;
  while (activities.length < size.activities) {
    const c = pickContact();
    const contact = contacts[c] as Contact;
    const window = windows[c] as { start: number; span: number };
    const at = Math.min(end - 60_000, window.start + rand() * window.span);
    const type = pickType(rand());
    const inbound = type === 'email' && rand() < 0.12;
    const onDeals = (dealsOf.get(c) ?? []).filter((d) => d.from <= at).map((d) => d.key);
    const id = String(next++);
    const activity: Activity = {
      key: `hubspot:${PORTAL_ID}:activity:${id}`,
      crm: 'hubspot',
      tenant: PORTAL_ID,
      type,
      ...(type === 'note' || type === 'task' ? {} : { channel: type as Activity['channel'] }),
      direction: type === 'note' || type === 'task' ? 'unknown' : inbound ? 'inbound' : 'outbound',
      timestamp: new Date(Math.floor(at / 60_000) * 60_000).toISOString(),
      timePrecision: 'minute',
      title: `${inbound ? 'Re: ' : ''}${SUBJECTS[Math.floor(rand() * SUBJECTS.length)]}`,
      owner: rand() < 0.95 ? (contact.owner as string) : pickRep(),
      automated: type === 'email' && !inbound && rand() < 0.15,
      ...(type === 'call' ? { outcome: CALL_OUTCOMES[Math.floor(rand() * CALL_OUTCOMES.length)] } : {}),
      ...(type === 'meeting' ? { outcome: rand() < 0.85 ? 'held' : 'no-show' } : {}),
      sourceId: id,
      contactKeys: [contact.key],
      dealKeys: onDeals,
      origin: rand() < IMPORTED_SHARE ? 'import' : 'page',
    };
    activities.push(activity);
    if (onDeals.length > 0 && activities.length < size.activities && rand() < DEAL_COPY_SHARE) {
      const { sourceId: _id, ...copy } = activity;
      activities.push({
        ...copy,
        key: `hubspot:${PORTAL_ID}:activity:h${id}`,
        contactKeys: [],
        dealKeys: [onDeals[0] as string],
        origin: 'page',
      });
    }
  }
  const rows = { contacts, deals, activities };
  assertValid(rows);
  return rows;
}

function pickType(r: number): ActivityType {
  for (const [type, share] of TYPE_MIX) {
    r -= share;
    if (r <= 0) return type;
  }
  return 'email';
}

function assertValid(rows: StoredRows): void {
  const bad = [
    ...rows.contacts.filter((row) => !contactSchema.safeParse(row).success),
    ...rows.deals.filter((row) => !dealSchema.safeParse(row).success),
    ...rows.activities.filter((row) => !activitySchema.safeParse(row).success),
  ];
  if (bad.length > 0) throw new Error(`${bad.length} team rows fail the cache's schemas, e.g. ${bad[0]?.key}`);
}
