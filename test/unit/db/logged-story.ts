import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { DealView } from '../../../lib/schema/view-model';
import { ANA, BEN, contactPage, dealPage, viewOf } from './hand-pages';
import { freshDb, NOW, ZONE } from './world-readings';

// NOW = 2026-11-20T15:00Z = 07:00 on 20 Nov in Los Angeles (ZONE, the user's zone and the browser's).
export const at = (minutesBefore: number) => new Date(NOW.getTime() - minutesBefore * 60_000);
export const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1], when = NOW) =>
  saveReading(db, reading, when, ZONE);

/** Ana and Ben, both on the Renewal deal, read half an hour ago with empty timelines. */
export async function world() {
  const db = await freshDb();
  await save(db, contactPage(ANA, []), at(30));
  await save(db, contactPage(BEN, []), at(30));
  await save(db, dealPage([]), at(30));
  return db;
}

export async function dealViewOf(db: TouchlineDb, key: string): Promise<DealView> {
  const view = await viewOf(db, key);
  if (view.kind !== 'deal') throw new Error(`${key} is not a deal`);
  return view;
}
