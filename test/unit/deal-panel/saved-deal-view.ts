/** A reading saved as the background saves it, and the deal panel's view of the record afterwards. */
import { recordView } from '../../../lib/background/record-view';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ReadOk } from '../../../lib/schema/read-result';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import type { DealView } from '../../../lib/schema/view-model';
import { freshDb } from '../db/world-readings';

export const ZONE = 'UTC';

export const keyOf = (r: ReadOk) => `${r.crm}:${r.tenant}:${r.kind}:${r.recordId}`;

export async function newDb(): Promise<TouchlineDb> {
  return freshDb();
}

/** Saves a reading as the background does after a page read at `now`. */
export async function saved(db: TouchlineDb, reading: ReadOk, now: Date): Promise<void> {
  await saveReading(db, reading, now, ZONE, ZONE);
}

export async function viewOf(
  db: TouchlineDb,
  key: string,
  now: Date,
  patch: Partial<Settings> = {},
): Promise<DealView> {
  const view = await recordView(db, key, {
    settings: { ...defaultSettings(ZONE), ...patch },
    now,
    onInvalid: () => undefined,
  });
  if (view?.kind !== 'deal') throw new Error(`no deal view of ${key}`);
  return view;
}
