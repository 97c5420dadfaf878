import { generateWorld } from '../demo-crm/generate-world';
import type { DemoActivity, DemoWorld } from '../demo-crm/world';
import { FIXED_NOW } from '../demo-crm/world';

const HOUR = 3_600_000;
/** Items come every few hours, as on a contact worked for months. */
const SPACING_HOURS = 4;
const ID_BASE = 5_000_000;

export interface LongTimeline {
  world: DemoWorld;
  contactId: number;
}

/**
 * A small demo world in which one contact's timeline holds `items` activities: the busiest
 * contact's own touches (calls, emails, replies, meetings, notes, tasks) repeated with distinct
 * ids and dates, one every four hours back from now, below its single "created" event.
 */
export function longTimeline(items: number): LongTimeline {
  const base = generateWorld({ now: FIXED_NOW, contacts: 14, deals: 4, touchesPerContact: 18 });
  const contact = [...base.contacts].sort((a, b) => ownCount(base, b.id) - ownCount(base, a.id))[0];
  if (!contact) throw new Error('the demo world has no contacts');
  const own = base.activities.filter((a) => a.contactId === contact.id);
  const pattern = own.filter((a) => a.type !== 'system' && !a.planned && a.duplicateOf === undefined);
  const created = own.find((a) => a.type === 'system');
  if (pattern.length === 0 || !created) throw new Error('the busiest demo contact has no touches');
  const end = Date.parse(FIXED_NOW);
  const createdAt = new Date(end - (items + 2) * SPACING_HOURS * HOUR).toISOString();
  const repeated: DemoActivity[] = Array.from({ length: items - 1 }, (_, i) => ({
    ...(pattern[i % pattern.length] as DemoActivity),
    id: ID_BASE + i,
    // Minutes vary too, so no two items share a time of day pattern-wise.
    timestamp: new Date(end - (i + 1) * SPACING_HOURS * HOUR - (i % 50) * 60_000).toISOString(),
  }));
  const world: DemoWorld = {
    ...base,
    contacts: base.contacts.map((c) => (c.id === contact.id ? { ...c, createdAt } : c)),
    activities: [
      ...base.activities.filter((a) => a.contactId !== contact.id),
      { ...created, timestamp: createdAt },
      ...repeated,
    ],
  };
  return { world, contactId: contact.id };
}

function ownCount(world: DemoWorld, contactId: number): number {
  return world.activities.filter((a) => a.contactId === contactId).length;
}
