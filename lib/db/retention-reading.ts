import { recordKey, recordKeyOf } from '../keys';
import type { ActivityReading } from '../schema/activity';
import { activityFromReading } from './page-activities';
import type { DealContacts } from './people-of';
import { keptForLogged, openLoggedTouches } from './retention-logged';
import { pastRetention, withinRetention } from './retention-rule';
import type { PageReading } from './save-reading';
import { browserTimeZone } from './time-precision';
import type { ReadTx } from './touch-copies';

/**
 * The readings without their items past retention (withinRetention), except those a touch logged
 * in Touchline and not merged yet could merge with (keptForLogged): a forgotten call logged 40
 * days back with retention at 30 merges with the CRM's copy when the page shows it. The logged
 * touches are read only when some item of the batch is past the cutoff.
 */
export async function keptReadings(tx: ReadTx, readings: readonly PageReading[]): Promise<PageReading[]> {
  const past = readings.map(pastRetention);
  if (past.every((items) => items.length === 0)) return [...readings];
  const open = await openLoggedTouches(tx);
  const readDeals: DealContacts = new Map(
    readings.flatMap(({ result }) =>
      result.kind === 'deal'
        ? [
            [
              recordKey(result),
              result.record.contacts.map((c) => recordKeyOf(result.crm, result.tenant, 'contact', c.id)),
            ] as const,
          ]
        : [],
    ),
  );
  const kept: PageReading[] = [];
  for (const [i, reading] of readings.entries()) {
    const items = past[i] as ActivityReading[];
    if (items.length === 0 || open.length === 0) {
      kept.push(withinRetention(reading));
      continue;
    }
    const pageKey = recordKey(reading.result);
    const pageTimeZone = reading.pageTimeZone ?? browserTimeZone();
    const rows = new Map(items.map((item) => [activityFromReading(reading.result, pageKey, item, pageTimeZone), item]));
    const zones = { timeZone: reading.timeZone, pageTimeZone };
    const forLogged = await keptForLogged(tx, open, [...rows.keys()], zones, readDeals);
    const keep = new Set([...forLogged].map((row) => rows.get(row)));
    kept.push(withinRetention(reading, (item) => keep.has(item)));
  }
  return kept;
}
