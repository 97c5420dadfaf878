import { type ActivityReading, channelOf, type Outcome } from '../../lib/schema/activity';
import { contactReadSchema, dealReadSchema, type ReadOk } from '../../lib/schema/read-result';
import { engagementId, PORTAL_ID } from '../demo-crm/hubspot/ids';
import type { DemoActivity, DemoContact, DemoDeal, DemoWorld } from '../demo-crm/world';

/**
 * What Touchline's HubSpot adapter reads from the demo's record pages, built straight from the
 * world (reading 5,000 rendered pages would take minutes): HubSpot shows its engagement id on
 * each item, except system events, which get hashed keys; notes are titled by their text, and
 * notes, tasks and system events have no direction.
 */
export function contactReading(world: DemoWorld, contact: DemoContact, activities: DemoActivity[]): ReadOk {
  return contactReadSchema.parse({
    crm: 'hubspot',
    tenant: PORTAL_ID,
    kind: 'contact',
    recordId: String(contact.id),
    status: 'read',
    record: {
      name: `${contact.firstName} ${contact.lastName}`,
      email: contact.email,
      phone: contact.phone,
      company: contact.company,
      owner: repName(world, contact.ownerId),
      createdAt: contact.createdAt,
    },
    activities: activities.map((a) => activityReading(world, a, false)),
    crmFigures: {},
    notRead: [],
  });
}

/** A deal page: its timeline names a contact only on calls and meetings. */
export function dealReading(world: DemoWorld, deal: DemoDeal, activities: DemoActivity[]): ReadOk {
  return dealReadSchema.parse({
    crm: 'hubspot',
    tenant: PORTAL_ID,
    kind: 'deal',
    recordId: String(deal.id),
    status: 'read',
    record: {
      name: deal.name,
      amount: deal.amount,
      currency: deal.currency,
      pipeline: deal.pipeline,
      stage: deal.stage,
      stages: deal.stages,
      closed: deal.closed,
      stageHistory: deal.stageHistory,
      closeDate: deal.closeDate,
      owner: repName(world, deal.ownerId),
      contacts: deal.contactIds.map((id) => ({ id: String(id), name: contactName(world, id) })),
    },
    activities: activities.map((a) => activityReading(world, a, true)),
    crmFigures: {},
    notRead: [],
  });
}

function activityReading(world: DemoWorld, a: DemoActivity, onDeal: boolean): ActivityReading {
  const channel = channelOf(a.type);
  const namesContact = onDeal && a.contactId !== undefined && (a.type === 'call' || a.type === 'meeting');
  return {
    type: a.type,
    channel,
    direction: channel ? a.direction : 'unknown',
    // The page shows minutes.
    timestamp: new Date(Math.floor(Date.parse(a.timestamp) / 60_000) * 60_000).toISOString(),
    title: a.type === 'note' ? a.body : a.title,
    owner: repName(world, a.ownerId),
    automated: a.automated,
    outcome: a.outcome as Outcome | undefined,
    planned: a.planned,
    sourceId: a.type === 'system' ? undefined : engagementId(a.id),
    contactIds: namesContact ? [String(a.contactId)] : undefined,
  };
}

function repName(world: DemoWorld, id: number): string {
  return world.reps.find((r) => r.id === id)?.name ?? 'HubSpot';
}

function contactName(world: DemoWorld, id: number): string {
  const c = world.contacts.find((x) => x.id === id);
  return c ? `${c.firstName} ${c.lastName}` : String(id);
}
