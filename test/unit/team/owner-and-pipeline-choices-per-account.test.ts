import { afterEach, describe, expect, it, vi } from 'vitest';
import { type TeamFilters, withAccount } from '../../../lib/team/filters';
import { loadTeamView } from '../../../lib/team/load-team-view';
import type { OwnerLists } from '../../../lib/team/owner-lists';
import { readOwnerLists } from '../../../lib/team/read-lists';
import { deal, email, history, logged, NOW, settings, TENANT } from '../metrics/builders';
import { cacheWith } from './team-cache';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const HUBSPOT = `hubspot:${TENANT}`;
const PIPEDRIVE = 'pipedrive:acme';
const filters: TeamFilters = { period: '30d', motion: 'mid-market' };

afterEach(() => vi.restoreAllMocks());

/** An activity of the Pipedrive account. */
const inPipedrive = (n: number, owner: string) =>
  email(daysAgo(2), `Pipedrive mail ${n}`, {
    owner,
    crm: 'pipedrive',
    tenant: 'acme',
    key: `pipedrive:acme:activity:${n}`,
    contactKeys: ['pipedrive:acme:person:7'],
  });

/**
 * docs/team-view.md: the owner and pipeline filters. By hand: Alex works both accounts, Casey
 * only Pipedrive, Dana only HubSpot (a touch logged in Touchline, keyed `touchline:hubspot:…`).
 * With the HubSpot account chosen, the owner list offered Casey, whose choice showed an empty page.
 */
function cache() {
  return cacheWith({
    activities: [
      email(daysAgo(3), 'HubSpot mail', { owner: 'Alex Morgan' }),
      logged(daysAgo(4), 'call', { owner: 'Dana Reyes' }),
      inPipedrive(1, 'Alex Morgan'),
      inPipedrive(2, 'Casey Nguyen'),
    ],
    deals: [
      deal({ name: 'HubSpot pilot', pipeline: 'Sales pipeline', stageHistory: history(['Demo', daysAgo(3)]) }),
      deal({
        crm: 'pipedrive',
        tenant: 'acme',
        key: 'pipedrive:acme:deal:77',
        recordId: '77',
        name: 'Pipedrive pilot',
        pipeline: 'Default',
        stage: 'Demo',
        stageHistory: history(['Demo', daysAgo(3)]),
      }),
    ],
  });
}

describe("the team page's owner and pipeline choices", () => {
  it("are the chosen account's, and every account's when none is chosen", async () => {
    const db = await cache();
    const choicesFor = async (account?: string) => {
      const view = await loadTeamView({
        db,
        filters: { ...filters, ...(account ? { account } : {}) },
        settings: settings(),
        now: NOW,
      });
      return { owners: view.choices.owners, pipelines: view.choices.pipelines };
    };
    expect(await choicesFor()).toEqual({
      owners: ['Alex Morgan', 'Casey Nguyen', 'Dana Reyes'],
      pipelines: ['Default', 'Sales pipeline'],
    });
    expect(await choicesFor(HUBSPOT)).toEqual({ owners: ['Alex Morgan', 'Dana Reyes'], pipelines: ['Sales pipeline'] });
    expect(await choicesFor(PIPEDRIVE)).toEqual({ owners: ['Alex Morgan', 'Casey Nguyen'], pipelines: ['Default'] });
  });
});

describe('readOwnerLists', () => {
  /** A small deterministic generator, so a failure can be replayed. */
  function random(seed: number) {
    let state = seed;
    return (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state % n;
    };
  }
  const OWNERS = ['Rita Haas', 'Alex Morgan', 'Casey Nguyen', 'Ängela Brandt', ''];
  const ACCOUNTS = [
    ['hubspot', TENANT],
    ['hubspot', '77'],
    ['pipedrive', 'acme'],
    ['salesforce', 'x.lightning.force.com'],
  ] as const;

  it("names every owner and each account's as the rows do (compared with a plain pass over the rows)", async () => {
    for (const seed of [1, 2, 3]) {
      const pick = random(seed);
      const activities = Array.from({ length: 80 }, (_, i) => {
        const [crm, tenant] = ACCOUNTS[pick(ACCOUNTS.length)] as (typeof ACCOUNTS)[number];
        const owner = OWNERS[pick(OWNERS.length)] as string;
        const key = `${pick(3) === 0 ? 'touchline:' : ''}${crm}:${tenant}:activity:${i}`;
        return email(daysAgo(pick(40)), `Mail ${i}`, { owner, crm, tenant, key });
      });
      const db = await cacheWith({ activities });
      const byName = (a: string, b: string) => a.localeCompare(b);
      const byAccount: Record<string, string[]> = {};
      for (const [crm, tenant] of ACCOUNTS) {
        const names = activities.filter((a) => a.crm === crm && a.tenant === tenant && a.owner).map((a) => a.owner);
        if (names.length > 0) byAccount[`${crm}:${tenant}`] = [...new Set(names as string[])].sort(byName);
      }
      const all = [...new Set(activities.flatMap((a) => (a.owner ? [a.owner] : [])))].sort(byName);
      expect(await readOwnerLists(db)).toEqual({ all, byAccount });
    }
  });

  it("jumps from account to account within an owner's keys, never stepping a cursor through them", async () => {
    const activities = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? email(daysAgo(2), `Mail ${i}`, { owner: 'Alex Morgan', key: `hubspot:${TENANT}:activity:${i}` })
        : inPipedrive(i, 'Alex Morgan'),
    );
    const db = await cacheWith({ activities });
    // (idb promisifies only the cursor methods it found at load: a spy on the seek itself would break it.)
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    expect(await readOwnerLists(db)).toEqual({
      all: ['Alex Morgan'],
      byAccount: { [HUBSPOT]: ['Alex Morgan'], [PIPEDRIVE]: ['Alex Morgan'] },
    });
    expect(steps).not.toHaveBeenCalled();
  });
});

describe('withAccount: the filters once another account is chosen', () => {
  const lists: OwnerLists = {
    all: ['Alex Morgan', 'Casey Nguyen', 'Dana Reyes'],
    byAccount: { [HUBSPOT]: ['Alex Morgan', 'Dana Reyes'], [PIPEDRIVE]: ['Alex Morgan', 'Casey Nguyen'] },
  };
  const chosen: TeamFilters = { ...filters, pipeline: 'Default', owner: 'Casey Nguyen', account: PIPEDRIVE };

  it("clears an owner the new account's rows do not name, and the pipeline", () => {
    expect(withAccount(chosen, HUBSPOT, lists)).toEqual({ ...filters, account: HUBSPOT });
  });

  it('keeps an owner the new account names, and any owner under all accounts', () => {
    expect(withAccount({ ...chosen, owner: 'Alex Morgan' }, HUBSPOT, lists)).toEqual({
      ...filters,
      account: HUBSPOT,
      owner: 'Alex Morgan',
    });
    expect(withAccount(chosen, undefined, lists)).toEqual({ ...filters, owner: 'Casey Nguyen' });
  });
});
