import type { Deal } from '../../lib/schema/record';
import type { DemoDeal, DemoWorld } from '../demo-crm/world';
import { dealReading } from './readings';
import { storedRows } from './stored-rows';

const DAY = 86_400_000;
const ID_BASE = 900_000;

/**
 * `count` deals of the demo's pipeline in the opened deal's account, as the extension stores them
 * after reading each deal page once: each with a stage history of one to all stages (a few to a
 * dozen days in each, ending before now), one in six closed won or lost. Deterministic.
 */
export function scaleDeals(world: DemoWorld, count: number): Deal[] {
  const template = world.deals[0];
  if (!template) throw new Error('the demo world has no deals');
  const end = Date.parse(world.now);
  const demoDeals = Array.from({ length: count }, (_, i) => scaleDeal(template, i, end));
  return storedRows(
    demoDeals.map((deal) => dealReading(world, { ...deal, contactIds: [] }, [])),
    new Date(world.now),
  ).deals;
}

function scaleDeal(template: DemoDeal, i: number, end: number): DemoDeal {
  const stages = template.stages;
  const closed = i % 6 === 5 ? (i % 4 === 1 ? 'lost' : 'won') : undefined;
  const reached = closed ? stages.length : 1 + (i % stages.length);
  const stayDays = (s: number) => 2 + ((i * 7 + s * 3) % 11);
  const total = Array.from({ length: reached }, (_, s) => stayDays(s)).reduce((a, b) => a + b, 0);
  let t = end - (total + 1 + (i % 30)) * DAY;
  const stageHistory: DemoDeal['stageHistory'] = [];
  for (let s = 0; s < reached; s++) {
    stageHistory.push({ stage: stages[s] as string, enteredAt: new Date(t).toISOString() });
    t += stayDays(s) * DAY;
  }
  if (closed)
    stageHistory.push({ stage: closed === 'won' ? 'Closed won' : 'Closed lost', enteredAt: new Date(t).toISOString() });
  return {
    ...template,
    id: ID_BASE + i,
    name: `Scale deal ${i + 1}`,
    stage: (stageHistory[stageHistory.length - 1] as { stage: string }).stage,
    closed,
    stageHistory,
    createdAt: stageHistory[0]?.enteredAt ?? template.createdAt,
  };
}
