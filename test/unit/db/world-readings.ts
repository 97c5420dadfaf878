import { openTouchlineDb } from '../../../lib/db/open';
import { channelOf, type Outcome } from '../../../lib/schema/activity';
import { contactReadSchema, dealReadSchema, type ReadOk } from '../../../lib/schema/read-result';
import { generateWorld } from '../../demo-crm/generate-world';
import { type DemoActivity, type DemoWorld, FIXED_NOW } from '../../demo-crm/world';

export type ContactRead = Extract<ReadOk, { kind: 'contact' }>;
export type DealRead = Extract<ReadOk, { kind: 'deal' }>;

/** A HubSpot portal, as the HubSpot adapter reads the tenant from the URL. */
export const TENANT = '4412345';
export const NOW = new Date(FIXED_NOW);
export const ZONE = 'America/Los_Angeles';

export const world: DemoWorld = generateWorld({ now: FIXED_NOW });

let opened = 0;
/** Every test gets its own database, so tests never see each other's rows. */
export function freshDb(options?: Parameters<typeof openTouchlineDb>[1]) {
  return openTouchlineDb(freshName(), options);
}

export function freshName(): string {
  opened += 1;
  return `touchline-test-${opened}-${Math.random().toString(36).slice(2)}`;
}

export const contactKey = (id: number | string) => `hubspot:${TENANT}:contact:${id}`;
export const dealKey = (id: number | string) => `hubspot:${TENANT}:deal:${id}`;
export const activityKeyOf = (id: number | string) => `hubspot:${TENANT}:activity:${id}`;

/** What the adapter reads on a contact page showing these of the contact's timeline items. */
export function contactReading(contactId: number, pick = (all: DemoActivity[]) => all): ContactRead {
  const contact = world.contacts.find((c) => c.id === contactId);
  if (!contact) throw new Error(`no demo contact ${contactId}`);
  const items = pick(world.activities.filter((a) => a.contactId === contactId && a.duplicateOf === undefined));
  return contactReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'contact',
    recordId: String(contactId),
    status: 'read',
    record: {
      name: `${contact.firstName} ${contact.lastName}`,
      email: contact.email,
      phone: contact.phone,
      company: contact.company,
      owner: repName(contact.ownerId),
      createdAt: contact.createdAt,
    },
    activities: items.map((a) => reading(a, false)),
    crmFigures: {},
    notRead: [],
  });
}

/** A deal page: its timeline names a contact only on calls and meetings, as deal timelines often do. */
export function dealReading(dealId: number, options: { showHistory?: boolean; stage?: string } = {}): DealRead {
  const deal = world.deals.find((d) => d.id === dealId);
  if (!deal) throw new Error(`no demo deal ${dealId}`);
  const stage = options.stage ?? deal.stage;
  return dealReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'deal',
    recordId: String(dealId),
    status: 'read',
    record: {
      name: deal.name,
      amount: deal.amount,
      currency: deal.currency,
      pipeline: deal.pipeline,
      stage,
      stages: deal.stages,
      closed: deal.closed,
      stageHistory: options.showHistory ? deal.stageHistory : [],
      closeDate: deal.closeDate,
      owner: repName(deal.ownerId),
      contacts: deal.contactIds.map((id) => ({ id: String(id), name: contactName(id) })),
    },
    activities: world.activities
      .filter((a) => a.dealId === dealId && a.duplicateOf === undefined)
      .map((a) => reading(a, true)),
    crmFigures: {},
    notRead: [],
  });
}

/** A contact page's items, with the CRM's own ids (HubSpot shows them on every timeline item). */
function reading(a: DemoActivity, onDeal: boolean) {
  const namesContact = onDeal && a.contactId !== undefined && (a.type === 'call' || a.type === 'meeting');
  return {
    type: a.type,
    channel: channelOf(a.type),
    direction: a.direction,
    timestamp: a.timestamp,
    title: a.title,
    owner: repName(a.ownerId),
    automated: a.automated,
    outcome: a.outcome as Outcome | undefined,
    planned: a.planned,
    sourceId: String(a.id),
    contactIds: namesContact ? [String(a.contactId)] : undefined,
  };
}

export function repName(id: number): string {
  return world.reps.find((r) => r.id === id)?.name ?? 'Unknown rep';
}

function contactName(id: number): string {
  const c = world.contacts.find((x) => x.id === id);
  return c ? `${c.firstName} ${c.lastName}` : String(id);
}

/** A worked contact with several touches, and a deal with several contacts. */
export function workedContact() {
  const counts = new Map<number, number>();
  for (const a of world.activities) if (a.contactId) counts.set(a.contactId, (counts.get(a.contactId) ?? 0) + 1);
  const [id] = [...counts.entries()].sort((x, y) => y[1] - x[1])[0] ?? [];
  if (id === undefined) throw new Error('demo world has no worked contact');
  return id;
}

/** The open deal with several contacts and the busiest timeline. */
export function dealWithContacts() {
  const busiest = world.deals
    .filter((d) => d.contactIds.length >= 2 && !d.closed)
    .map((deal) => ({ deal, items: world.activities.filter((a) => a.dealId === deal.id).length }))
    .sort((x, y) => y.items - x.items)[0];
  if (!busiest) throw new Error('demo world has no open deal with several contacts');
  return busiest.deal;
}

/** Everything in a database, for before/after comparisons. */
export async function dump(db: Awaited<ReturnType<typeof openTouchlineDb>>) {
  return {
    contacts: await db.getAll('contacts'),
    deals: await db.getAll('deals'),
    activities: await db.getAll('activities'),
  };
}
