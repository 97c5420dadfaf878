import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema, dealReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { freshDb } from './world-readings';

/**
 * Ana (contact 501) and Ben (502), both on the deal 9001, as a HubSpot portal's pages show them:
 * for tests of a touch logged in Touchline and the page copies of its touch.
 */
const TENANT = '7700001';
export const NOW = new Date('2026-11-20T15:00:00.000Z'); // 07:00 in Los Angeles
export const ZONE = 'America/Los_Angeles';
export const at = (minutesBefore: number) => new Date(NOW.getTime() - minutesBefore * 60_000);
export const kAna = `hubspot:${TENANT}:contact:501`;
export const kDeal = `hubspot:${TENANT}:deal:9001`;

export function contact(id: '501' | '502', items: ActivityReading[]) {
  return contactReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'contact',
    recordId: id,
    status: 'read',
    record: { name: id === '501' ? 'Ana Ortiz' : 'Ben Hale' },
    activities: items,
    crmFigures: {},
    notRead: [],
  });
}

export function deal(items: ActivityReading[]) {
  return dealReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'deal',
    recordId: '9001',
    status: 'read',
    record: {
      name: 'Fleet renewal',
      stage: 'Negotiation',
      stageHistory: [],
      contacts: [
        { id: '501', name: 'Ana Ortiz' },
        { id: '502', name: 'Ben Hale' },
      ],
    },
    activities: items,
    crmFigures: {},
    notRead: [],
  });
}

/** An outbound call or email as the page shows it, to the minute, outcome not shown. */
export function item(
  channel: 'call' | 'email',
  timestamp: string,
  extra: Partial<ActivityReading> = {},
): ActivityReading {
  return {
    type: channel,
    channel,
    direction: 'outbound',
    timestamp,
    timePrecision: 'minute',
    title: channel === 'call' ? 'Call with Ana Ortiz' : 'Pricing follow-up',
    automated: false,
    outcome: 'unknown',
    ...extra,
  };
}

export const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1], when: Date) =>
  saveReading(db, reading, when, ZONE, ZONE);

export async function view(db: TouchlineDb, key: string) {
  const v = await recordView(db, key, { settings: defaultSettings(ZONE), now: NOW, onInvalid: () => undefined });
  if (!v) throw new Error(`no view of ${key}`);
  return v;
}

/** Ana's, Ben's and the deal's pages read two hours ago with empty timelines. */
export async function world() {
  const db = await freshDb();
  await save(db, contact('501', []), at(120));
  await save(db, contact('502', []), at(120));
  await save(db, deal([]), at(120));
  return db;
}

/** Calls on Ana's and on the deal's panel. */
export async function callsOnAnaAndDeal(db: TouchlineDb): Promise<number[]> {
  return [(await view(db, kAna)).touches.byChannel.call, (await view(db, kDeal)).touches.byChannel.call];
}

/** Ana's panel. */
export async function anaView(db: TouchlineDb) {
  const v = await view(db, kAna);
  if (v.kind !== 'contact') throw new Error('contact view expected');
  return v;
}
