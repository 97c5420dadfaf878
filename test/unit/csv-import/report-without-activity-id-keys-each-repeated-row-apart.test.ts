import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../lib/schema/activity';
import { dump, freshDb, importText } from './import-fixture';

/**
 * A Salesforce "Activities with Contacts" report exported "Details Only" without the Activity ID
 * column (docs/team-view.md export table: a column a manager must add). Task dates are date-only,
 * so rows of one contact, type, direction and title on one day share a natural key (lib/keys.ts).
 * Riley was dialled three times on 18 Nov; the same call to Riley and Jordan is listed once per
 * contact. Clock 2026-11-20 15:00Z (Berlin).
 */
const TENANT = 'acme.lightning.force.com';
const HEADER = '"Subject","Assigned","Date","Status","Call Result","Contact","Contact ID"';
const DIALS = [
  HEADER,
  '"Call","Jordan Lee","11/18/2026","Completed","No Answer","Riley Chen","0035g00000AbCdE"',
  '"Call","Jordan Lee","11/18/2026","Completed","No Answer","Riley Chen","0035g00000AbCdE"',
  '"Call","Jordan Lee","11/18/2026","Completed","Connected","Riley Chen","0035g00000AbCdE"',
  '"Call with both","Jordan Lee","11/19/2026","Completed","Connected","Riley Chen","0035g00000AbCdE"',
  '"Call with both","Jordan Lee","11/19/2026","Completed","Connected","Sam Ortiz","0035g00000XyZaB"',
].join('\r\n');

/** The keys the import hands the cache, in file order. */
async function keysWritten(text: string): Promise<string[]> {
  const keys: string[] = [];
  const write = async (batch: Activity[]) => {
    keys.push(...batch.map((a) => a.key));
    return { added: batch.length, existing: 0 };
  };
  await importText(await freshDb(), 'salesforce', TENANT, text, { write });
  return keys;
}

describe('rows of one report without an activity id that share a natural key', () => {
  it('keep the first its key and give the later ones an ordinal', async () => {
    const [first, second, third] = await keysWritten(DIALS);
    expect(second).toBe(`${first}:2`);
    expect(third).toBe(`${first}:3`);
  });

  it('give one activity listed once per contact no ordinal: each row has its own record', async () => {
    const keys = await keysWritten(DIALS);
    expect(keys.slice(3).every((key) => !/:\d+$/.test(key))).toBe(true);
    expect(keys[3]).not.toBe(keys[4]);
  });

  it('keep the keys they had before when the natural key does not repeat', async () => {
    const once = await keysWritten([HEADER, DIALS.split('\r\n')[1]].join('\r\n'));
    expect(once[0]).toBe((await keysWritten(DIALS))[0]);
  });

  it('are found again under the same keys when the report is imported again: nothing is added', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', TENANT, DIALS);
    const stored = (await dump(db)).length;
    expect(await importText(db, 'salesforce', TENANT, DIALS)).toMatchObject({ rows: 5, added: 0, existing: 5 });
    expect(await dump(db)).toHaveLength(stored);
  });
});
