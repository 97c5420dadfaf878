/** Deal pages of one HubSpot account, saved as a reading saves them, and the deal panel's view of them (user zone Los Angeles). */
import { TZDate } from '@date-fns/tz';
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { dealReadSchema } from '../../../lib/schema/read-result';
import type { StageEntry } from '../../../lib/schema/record';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import type { DealView } from '../../../lib/schema/view-model';
import { freshDb } from '../db/world-readings';

export const LA = 'America/Los_Angeles';
export const TENANT = '4412345';
/** The shared clock: Fri 20 Nov 2026, 07:00 in Los Angeles. */
export const NOW = new Date('2026-11-20T15:00:00Z');
export const PATH = ['Discovery', 'Qualified', 'Demo', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost'];

/** Wall-clock time in Los Angeles (or `zone`) as an ISO instant. */
export function la(local: string, zone = LA): string {
  const [date, time = '00:00'] = local.split(' ');
  const [y, mo, d] = (date as string).split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(
    new TZDate(y as number, (mo as number) - 1, d as number, h as number, mi as number, zone).getTime(),
  ).toISOString();
}

export interface DealPage {
  id: string;
  stage?: string;
  stages?: string[];
  pipeline?: string;
  tenant?: string;
  crm?: 'hubspot' | 'salesforce' | 'pipedrive';
  closed?: 'won' | 'lost';
  history?: [string, string][] | StageEntry[];
  contacts?: string[];
  activities?: ActivityReading[];
}

export const dealKeyOf = (id: string, tenant = TENANT, crm = 'hubspot') => `${crm}:${tenant}:deal:${id}`;

export function dealPage(p: DealPage) {
  const history = (p.history ?? []).map((e) => (Array.isArray(e) ? { stage: e[0], enteredAt: e[1] } : e));
  return dealReadSchema.parse({
    crm: p.crm ?? 'hubspot',
    tenant: p.tenant ?? TENANT,
    kind: 'deal',
    recordId: p.id,
    status: 'read',
    record: {
      name: `Deal ${p.id}`,
      ...(p.pipeline ? { pipeline: p.pipeline } : {}),
      ...(p.stage ? { stage: p.stage } : {}),
      stages: p.stages ?? PATH,
      ...(p.closed ? { closed: p.closed } : {}),
      stageHistory: history,
      contacts: (p.contacts ?? []).map((id) => ({ id, name: `Person ${id}` })),
    },
    activities: p.activities ?? [],
    crmFigures: {},
    notRead: [],
  });
}

export async function db() {
  return freshDb();
}

/** Saves a page reading at `when` (ISO), the user's zone LA. */
export async function save(d: TouchlineDb, reading: Parameters<typeof saveReading>[1], when: string | Date, zone = LA) {
  await saveReading(d, reading, new Date(when), zone);
}

export async function dealView(
  d: TouchlineDb,
  key: string,
  now = NOW,
  patch: Partial<Settings> = {},
): Promise<DealView> {
  const view = await recordView(d, key, {
    settings: { ...defaultSettings(LA), ...patch },
    now,
    onInvalid: () => undefined,
  });
  if (view?.kind !== 'deal') throw new Error(`no deal view of ${key}`);
  return view;
}

/** A deal that went through `stages` entering each at the given LA wall-clock time, saved once at `seen`. */
export async function savedDeal(
  d: TouchlineDb,
  id: string,
  history: [string, string][],
  extra: Partial<DealPage> = {},
  seen = NOW.toISOString(),
) {
  const last = history.at(-1)?.[0];
  await save(d, dealPage({ id, stage: last, history: history.map(([s, t]) => [s, la(t)]), ...extra }), seen);
}
