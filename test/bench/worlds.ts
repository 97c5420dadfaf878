import { generateWorld, type WorldOptions } from '../demo-crm/generate-world';
import { demo as hubspot } from '../demo-crm/hubspot/index';
import { demoTour } from '../demo-crm/tour';
import { type DemoActivity, type DemoWorld, FIXED_NOW } from '../demo-crm/world';

/**
 * The CRM the page figures are measured on: a world big enough that the demo SPA does a real CRM
 * page's work on load (parse and validate ~7 MB of JSON, render the record's timeline and a list
 * of records: ~300 ms of main-thread CPU time and ~8,000 DOM nodes here).
 */
export const PAGE_WORLD: WorldOptions = { now: FIXED_NOW, contacts: 2000, touchesPerContact: 18, deals: 60 };

const SCALE_CONTACTS = 5000;
const SCALE_ACTIVITIES = 100_000;
const DAY = 86_400_000;

export interface RecordRoute {
  /** The URL path of the record page. */
  path: string;
  /** How the panel's `data-record` key ends for it, e.g. `:contact:901`. */
  keySuffix: string;
}

/** HubSpot record pages: `/record/0-1/{id}` contacts, `/record/0-3/{id}` deals. */
export function hubspotRoute(path: string): RecordRoute {
  const [, type, id] = path.match(/\/record\/(0-1|0-3)\/(\d+)/) ?? [];
  if (!id) throw new Error(`not a HubSpot record path: ${path}`);
  return { path, keySuffix: `:${type === '0-1' ? 'contact' : 'deal'}:${id}` };
}

export type PageRecord = RecordRoute & { url: string };

/** The record the page figures open first: HubSpot's busiest contact, as the demo tour picks it. */
export function pageRecord(world: DemoWorld): PageRecord {
  return tourStop(world, 'hubspot-contact');
}

/**
 * Records to move between with in-app links that every page shows: the first contacts (the
 * HubSpot demo's navigation links them) and the tour's deal (the record list links every deal).
 */
export function linkedRoutes(world: DemoWorld, count: number): RecordRoute[] {
  const [first, ...others] = world.contacts.slice(0, count).map((c) => hubspotRoute(hubspot.contactPath(world, c)));
  if (!first) throw new Error('the demo world has no contacts');
  return [first, tourDeal(world), ...others].slice(0, count);
}

export function tourDeal(world: DemoWorld): PageRecord {
  return tourStop(world, 'hubspot-deal');
}

function tourStop(world: DemoWorld, name: string): PageRecord {
  const stop = demoTour(world).find((s) => s.name === name);
  if (!stop) throw new Error(`the demo tour has no ${name}`);
  return { url: stop.url, ...hubspotRoute(new URL(stop.url).pathname) };
}

export function hubspotUrl(path: string): string {
  return `https://${hubspot.host}${path}`;
}

/**
 * 100,000 activities across 5,000 contacts. The generator's 90 days give ~16 activities a
 * contact at most (a cadence fits only so many touches), so an earlier quarter from a second
 * seed, on the same contacts (contact ids, names and owners follow the index), tops it up.
 */
export function scaleHistory(): { world: DemoWorld; activities: DemoActivity[] } {
  const world = generateWorld({ now: FIXED_NOW, contacts: SCALE_CONTACTS, touchesPerContact: 18, deals: 50 });
  const earlierEnd = new Date(Date.parse(FIXED_NOW) - 90 * DAY).toISOString();
  const earlier = generateWorld({
    now: earlierEnd,
    seed: 7,
    contacts: SCALE_CONTACTS,
    touchesPerContact: 18,
    deals: 0,
  });
  const topUp = earlier.activities
    .filter((a) => !a.planned)
    .slice(0, Math.max(0, SCALE_ACTIVITIES - world.activities.length))
    .map((a) => ({ ...a, id: a.id + 10_000_000 }));
  return { world, activities: [...world.activities, ...topUp] };
}
