import { recordView } from '../../../lib/background/record-view';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema, dealReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import type { ContactRead, DealRead } from './world-readings';
import { NOW, TENANT, ZONE } from './world-readings';

/** Hand-made pages of one small account, for stories told step by step. */
export const ANA = 'c-ana';
export const BEN = 'c-ben';
export const DEAL = 'd-renewal';
export const anaKey = `hubspot:${TENANT}:contact:${ANA}`;
export const benKey = `hubspot:${TENANT}:contact:${BEN}`;
export const dealKeyOf = `hubspot:${TENANT}:deal:${DEAL}`;

export function contactPage(id: string, items: ActivityReading[]): ContactRead {
  return contactReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'contact',
    recordId: id,
    status: 'read',
    record: { name: id === ANA ? 'Ana Ortiz' : 'Ben Hale' },
    activities: items,
    crmFigures: {},
    notRead: [],
  });
}

export function dealPage(items: ActivityReading[]): DealRead {
  return dealReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'deal',
    recordId: DEAL,
    status: 'read',
    record: {
      name: 'Renewal',
      stage: 'Negotiation',
      stageHistory: [],
      contacts: [
        { id: ANA, name: 'Ana Ortiz' },
        { id: BEN, name: 'Ben Hale' },
      ],
    },
    activities: items,
    crmFigures: {},
    notRead: [],
  });
}

export function call(timestamp: string, extra: Partial<ActivityReading> = {}): ActivityReading {
  return {
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp,
    timePrecision: 'minute',
    title: 'Call with Ana',
    automated: false,
    outcome: 'unknown',
    ...extra,
  };
}

/** The view the panel would show for a record, with default settings in the test zone. */
export async function viewOf(db: TouchlineDb, key: string) {
  const view = await recordView(db, key, { settings: defaultSettings(ZONE), now: NOW, onInvalid: () => undefined });
  if (!view) throw new Error(`no view of ${key}`);
  return view;
}

export async function callsOn(db: TouchlineDb, key: string): Promise<number> {
  return (await viewOf(db, key)).touches.byChannel.call ?? 0;
}

export async function connectRateOn(db: TouchlineDb, key: string) {
  const view = await viewOf(db, key);
  if (view.kind !== 'contact') throw new Error(`${key} is not a contact`);
  return view.outcomes.connectRate;
}
