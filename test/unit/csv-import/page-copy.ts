import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading, Crm } from '../../../lib/schema/activity';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { CLOCK } from './import-fixture';

/** Saves a contact page reading with `activities`, read in the import fixture's zone at its clock. */
export async function readContactPage(
  db: TouchlineDb,
  ref: { crm: Crm; tenant: string; recordId: string },
  activities: ActivityReading[],
): Promise<void> {
  const result = contactReadSchema.parse({
    ...ref,
    kind: 'contact',
    status: 'read',
    record: { name: 'Jordan Lee' },
    activities,
    crmFigures: {},
    notRead: [],
  });
  await saveReading(db, result, CLOCK.now, CLOCK.timeZone, CLOCK.timeZone);
}

/** The contact panel's view of a stored contact (default settings, the fixture's zone and clock). */
export async function contactView(db: TouchlineDb, key: string) {
  const view = await recordView(db, key, {
    settings: defaultSettings(CLOCK.timeZone),
    now: CLOCK.now,
    onInvalid: () => undefined,
  });
  if (view?.kind !== 'contact') throw new Error(`no contact view of ${key}`);
  return view;
}
