import type { DemoWorld } from '../world';
import { dealPath, personPath } from './ids';
import { itemKind } from './records';

/**
 * Pages snapshotted as demo fixtures: the person with the longest mixed timeline, another
 * person, the open deal with the longest stage history, and a closed deal.
 */
export function fixturePages(world: DemoWorld): { name: string; path: string }[] {
  const score = (id: number) => {
    const items = world.activities.filter((a) => a.contactId === id);
    return new Set(items.map((a) => `${itemKind(a)}:${a.type}`)).size * 100 + items.length;
  };
  const people = [...world.contacts].sort((a, b) => score(b.id) - score(a.id));
  const busiest = people[0];
  const other = people[Math.floor(people.length / 2)];
  const open = world.deals
    .filter((d) => !d.closed)
    .sort((a, b) => b.stageHistory.length - a.stageHistory.length || a.id - b.id)[0];
  const closed = world.deals.find((d) => d.closed);
  const pages: { name: string; path: string }[] = [];
  if (busiest) pages.push({ name: 'person-busiest', path: personPath(busiest) });
  if (other) pages.push({ name: 'person-other', path: personPath(other) });
  if (open) pages.push({ name: 'deal-stage-history', path: dealPath(open) });
  if (closed) pages.push({ name: 'deal-closed', path: dealPath(closed) });
  return pages;
}
