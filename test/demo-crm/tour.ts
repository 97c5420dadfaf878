import { demo as hubspot } from './hubspot/index';
import { demo as pipedrive } from './pipedrive/index';
import { demo as salesforce } from './salesforce/index';
import type { DemoWorld } from './world';

export interface TourStop {
  name: string;
  url: string;
}

/**
 * The pages the demo and the browser tests open first: per CRM, the busiest contact and the
 * open deal with the longest stage history.
 */
/** The tour stop called `name`; a test asking for a stop the tour does not have is a broken test. */
export function tourStop(tour: TourStop[], name: string): TourStop {
  const found = tour.find((s) => s.name === name);
  if (!found) throw new Error(`no tour stop ${name}`);
  return found;
}

export function demoTour(world: DemoWorld): TourStop[] {
  const counts = new Map<number, number>();
  for (const a of world.activities)
    if (a.contactId !== undefined) counts.set(a.contactId, (counts.get(a.contactId) ?? 0) + 1);
  const contact = [...world.contacts].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0];
  const deal = world.deals
    .filter((d) => !d.closed)
    .sort((a, b) => b.stageHistory.length - a.stageHistory.length || b.contactIds.length - a.contactIds.length)[0];
  if (!contact || !deal) return [];
  return [hubspot, salesforce, pipedrive].flatMap((crm) => [
    { name: `${crm.crm}-contact`, url: `https://${crm.host}${crm.contactPath(world, contact)}` },
    { name: `${crm.crm}-deal`, url: `https://${crm.host}${crm.dealPath(world, deal)}` },
  ]);
}
