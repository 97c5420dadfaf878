import { recordKeyOf } from '../../lib/keys';
import type { Contact, Deal } from '../../lib/schema/record';
import { PORTAL_ID } from '../demo-crm/hubspot/ids';

const DAY = 86_400_000;
const YEAR_DAYS = 365;
const STAGES = ['Discovery', 'Qualified', 'Demo', 'Proposal', 'Negotiation'];
const PIPELINES = ['Sales pipeline', 'Sales pipeline', 'Sales pipeline', 'Renewals'];

/** Deal keys by contact position, with the instant each deal was created. */
export type DealsOf = Map<number, { key: string; from: number }[]>;

/**
 * `count` deals of the team world (team-world.ts), each on 1 to 3 of its contacts and owned by the
 * first one's owner, created in the last year, with a stage history through the pipeline (3 to 28
 * days in each stage, never past now); one in six closed won or lost. Two pipelines.
 */
export function teamDeals(
  rand: () => number,
  contacts: readonly Contact[],
  count: number,
  end: number,
): { deals: Deal[]; dealsOf: DealsOf } {
  const deals: Deal[] = [];
  const dealsOf: DealsOf = new Map();
  for (let i = 0; i < count; i++) {
    const people = [
      ...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Math.floor(rand() * contacts.length))),
    ];
    const first = contacts[people[0] as number] as Contact;
    const id = String(800_000 + i);
    const key = recordKeyOf('hubspot', PORTAL_ID, 'deal', id);
    const closed = i % 6 === 5 ? (rand() < 0.5 ? 'won' : 'lost') : undefined;
    const reached = closed ? STAGES.length : 1 + Math.floor(rand() * STAGES.length);
    let t = end - (20 + rand() * (YEAR_DAYS - 60)) * DAY;
    const created = t;
    const stageHistory: Deal['stageHistory'] = [];
    for (let s = 0; s < reached && t < end; s++) {
      stageHistory.push({ stage: STAGES[s] as string, enteredAt: new Date(t).toISOString() });
      t += (3 + rand() * 25) * DAY;
    }
    if (closed && t < end)
      stageHistory.push({
        stage: closed === 'won' ? 'Closed won' : 'Closed lost',
        enteredAt: new Date(t).toISOString(),
      });
    deals.push({
      key,
      crm: 'hubspot',
      tenant: PORTAL_ID,
      kind: 'deal',
      recordId: id,
      lastReadAt: new Date(end - rand() * 30 * DAY).toISOString(),
      name: `Deal ${i + 1}`,
      amount: Math.round(5 + rand() * 95) * 1000,
      currency: 'USD',
      pipeline: PIPELINES[i % PIPELINES.length] as string,
      stage: (stageHistory.at(-1) as { stage: string }).stage,
      stages: STAGES,
      ...(closed && t < end ? { closed } : {}),
      stageHistory,
      ...(first.owner ? { owner: first.owner } : {}),
      contacts: people.map((p) => ({ id: (contacts[p] as Contact).recordId, name: (contacts[p] as Contact).name })),
    });
    for (const p of people) {
      const list = dealsOf.get(p) ?? [];
      list.push({ key, from: created });
      dealsOf.set(p, list);
    }
  }

  return { deals, dealsOf };
}
