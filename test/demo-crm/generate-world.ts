import { seededRandom } from './seeded-random';
import type { DemoActivity, DemoContact, DemoDeal, DemoRep, DemoWorld } from './world';

export interface WorldOptions {
  /** The moment the history ends; activities span the 90 days before it. */
  now: string;
  seed?: number;
  contacts?: number;
  deals?: number;
  /** Average touches per worked contact over 90 days. */
  touchesPerContact?: number;
}

const FIRST = ['Jordan', 'Sam', 'Rita', 'Priya', 'Marcus', 'Elena', 'Tom', 'Aisha', 'Diego', 'Mei', 'Lars', 'Nora'];
const LAST = ['Lee', 'Okoye', 'Haas', 'Raman', 'Brandt', 'Costa', 'Whitfield', 'Nakamura', 'Silva', 'Kowalski'];
const COMPANIES = ['Contoso Freight', 'Northwind Logistics', 'Fabrikam Foods', 'Tailspin Tools', 'Woodgrove Health'];
const TITLES = ['VP Operations', 'Head of Procurement', 'Fleet Manager', 'CFO', 'Operations Analyst'];
const REPS = ['Alex Morgan', 'Casey Nguyen', 'Jamie Patel', 'Robin Fischer'];
const STAGES = ['Discovery', 'Qualified', 'Demo', 'Proposal', 'Negotiation'];
const EMAIL_SUBJECTS = [
  'Route pricing v2',
  'Quick question on your fleet',
  'Following up',
  'Case study: Northwind',
  'Next steps',
];
const CALL_OUTCOMES = ['connected', 'no-answer', 'no-answer', 'voicemail', 'busy', 'connected'];
const DAY = 86_400_000;

/**
 * A realistic, deterministic CRM history: several reps, contacts worked in cadences (emails,
 * calls with outcomes, social, some sequence emails), replies, meetings held and no-shows,
 * internal notes, tasks, system events, and a few duplicate captures. Used by the demo CRM,
 * the fixtures and the benchmarks (which ask for many more contacts).
 */
export function generateWorld(options: WorldOptions): DemoWorld {
  const rand = seededRandom(options.seed ?? 20261120);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const end = Date.parse(options.now);
  const reps: DemoRep[] = REPS.map((name, i) => ({
    id: 11 + i,
    name,
    email: `${name.split(' ')[0]?.toLowerCase()}@acme-sales.example`,
  }));
  const contacts: DemoContact[] = [];
  const activities: DemoActivity[] = [];
  let activityId = 70_001;
  const add = (a: Omit<DemoActivity, 'id'>) => {
    const full = { ...a, id: activityId++ };
    activities.push(full);
    return full;
  };

  const contactCount = options.contacts ?? 40;
  for (let i = 0; i < contactCount; i++) {
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length] as string;
    const company = COMPANIES[i % COMPANIES.length] as string;
    const owner = reps[i % reps.length] as DemoRep;
    // Contacts arrive steadily over the 90 days, so at any moment some cadences are under way.
    const createdAt = new Date(end - (3 + Math.floor(rand() * 85)) * DAY - Math.floor(rand() * 8) * 3_600_000);
    const contact: DemoContact = {
      id: 901 + i,
      firstName: first,
      lastName: last,
      email: `${first.toLowerCase()}.${last.toLowerCase()}@${company.split(' ')[0]?.toLowerCase()}.example`,
      phone: `+1 415 555 ${String(1000 + i * 37).slice(-4)}`,
      company,
      jobTitle: pick(TITLES),
      ownerId: owner.id,
      createdAt: createdAt.toISOString(),
      lifecycleStage: i % 3 === 0 ? 'Opportunity' : 'Lead',
    };
    contacts.push(contact);
    add({
      type: 'system',
      direction: 'outbound',
      timestamp: contact.createdAt,
      title: 'Contact created',
      body: `Created by ${owner.name}`,
      ownerId: owner.id,
      automated: true,
      contactId: contact.id,
    });
    // Every seventh contact has never been worked: an empty panel is a state too.
    if (i % 7 === 6) continue;
    const touches = Math.max(1, Math.round((options.touchesPerContact ?? 9) * (0.4 + rand() * 1.2)));
    let t = createdAt.getTime() + (1 + rand() * 20) * 3_600_000;
    let replied = false;
    for (let n = 0; n < touches && t < end; n++) {
      const step = n % 6;
      const sequence = step === 0 || step === 4 ? (i % 4 === 1 ? 'Q4 fleet outreach' : undefined) : undefined;
      const type = step === 1 || step === 3 ? 'call' : step === 5 && i % 2 === 0 ? 'social' : 'email';
      const subject = pick(EMAIL_SUBJECTS);
      const a = add({
        type,
        direction: 'outbound',
        timestamp: new Date(t).toISOString(),
        title: type === 'call' ? `Call with ${first} ${last}` : type === 'social' ? 'LinkedIn InMail' : subject,
        body: type === 'email' ? `Hi ${first}, about ${company}'s routes…` : '',
        ownerId: owner.id,
        automated: sequence !== undefined,
        sequenceName: sequence,
        outcome: type === 'call' ? pick(CALL_OUTCOMES) : undefined,
        contactId: contact.id,
      });
      if (type === 'email' && !sequence && rand() < 0.08) {
        add({ ...a, timestamp: new Date(t + 45_000).toISOString(), duplicateOf: a.id });
      }
      if (type === 'email' && !replied && rand() < 0.25) {
        replied = true;
        add({
          type: 'email',
          direction: 'inbound',
          timestamp: new Date(t + (2 + rand() * 30) * 3_600_000).toISOString(),
          title: `Re: ${subject}`,
          body: 'Thanks — can we talk next week?',
          ownerId: owner.id,
          automated: false,
          contactId: contact.id,
        });
        const meetingAt = t + (3 + Math.floor(rand() * 5)) * DAY;
        const outcome = meetingAt > end ? undefined : rand() < 0.75 ? 'held' : 'no-show';
        add({
          type: 'meeting',
          direction: 'outbound',
          timestamp: new Date(meetingAt).toISOString(),
          title: `Intro call: ${company}`,
          body: '',
          ownerId: owner.id,
          automated: false,
          outcome,
          planned: meetingAt > end ? true : undefined,
          contactId: contact.id,
        });
      }
      if (rand() < 0.2)
        add({
          type: 'note',
          direction: 'outbound',
          timestamp: new Date(t + 600_000).toISOString(),
          title: 'Note',
          body: `${first} mentioned budget review in Q1.`,
          ownerId: owner.id,
          automated: false,
          contactId: contact.id,
        });
      t += (1 + Math.floor(rand() * 4) + (rand() < 0.1 ? 12 : 0)) * DAY + Math.floor(rand() * 3) * 3_600_000;
    }
    if (rand() < 0.5)
      add({
        type: 'task',
        direction: 'outbound',
        timestamp: new Date(end + (1 + Math.floor(rand() * 5)) * DAY).toISOString(),
        title: `Follow up with ${first}`,
        body: '',
        ownerId: owner.id,
        automated: false,
        planned: true,
        contactId: contact.id,
      });
  }

  const deals = makeDeals(options.deals ?? 12, contacts, end, rand);
  for (const deal of deals) {
    for (const entry of deal.stageHistory.slice(1)) {
      add({
        type: 'system',
        direction: 'outbound',
        timestamp: entry.enteredAt,
        title: `Stage changed to ${entry.stage}`,
        body: '',
        ownerId: deal.ownerId,
        automated: true,
        dealId: deal.id,
      });
    }
    for (const a of activities) {
      if (
        a.contactId !== undefined &&
        deal.contactIds.includes(a.contactId) &&
        a.type !== 'system' &&
        a.dealId === undefined &&
        Date.parse(a.timestamp) >= Date.parse(deal.createdAt)
      ) {
        a.dealId = deal.id;
      }
    }
  }
  activities.sort((x, y) => x.timestamp.localeCompare(y.timestamp) || x.id - y.id);
  return { now: new Date(end).toISOString(), portalName: 'Acme Sales', reps, contacts, deals, activities };
}

function makeDeals(count: number, contacts: DemoContact[], end: number, rand: () => number): DemoDeal[] {
  const deals: DemoDeal[] = [];
  for (let i = 0; i < count; i++) {
    const lead = contacts[(i * 3) % contacts.length] as DemoContact;
    const others = contacts.filter((c) => c.company === lead.company && c.id !== lead.id).slice(0, i % 3);
    const created = end - (40 + Math.floor(rand() * 45)) * DAY;
    const reached = i % 6 === 5 ? STAGES.length : 1 + (i % STAGES.length);
    const stageHistory: DemoDeal['stageHistory'] = [];
    let t = created;
    for (let s = 0; s < reached; s++) {
      stageHistory.push({ stage: STAGES[s] as string, enteredAt: new Date(t).toISOString() });
      t += (3 + Math.floor(rand() * 9)) * DAY;
    }
    const closed = i % 6 === 5 ? (i % 4 === 1 ? 'lost' : 'won') : undefined;
    if (closed)
      stageHistory.push({
        stage: closed === 'won' ? 'Closed won' : 'Closed lost',
        enteredAt: new Date(Math.min(t, end - DAY)).toISOString(),
      });
    const stage = (stageHistory[stageHistory.length - 1] as { stage: string }).stage;
    deals.push({
      id: 5001 + i,
      name: `${lead.company.split(' ')[0]} — ${['Fleet pilot', 'Route optimisation', 'Annual renewal', 'Depot rollout'][i % 4]}`,
      amount: 5000 + Math.round(rand() * 60) * 500,
      currency: 'USD',
      pipeline: 'Sales pipeline',
      stages: STAGES,
      stage,
      closed,
      stageHistory,
      closeDate: new Date(end + (10 + Math.floor(rand() * 50)) * DAY).toISOString().slice(0, 10),
      ownerId: lead.ownerId,
      contactIds: [lead.id, ...others.map((c) => c.id)],
      createdAt: new Date(created).toISOString(),
    });
  }
  return deals;
}
