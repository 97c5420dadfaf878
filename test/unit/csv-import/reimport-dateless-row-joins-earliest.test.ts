import { describe, expect, it } from 'vitest';
import { type Buckets, bucketOf, sameTouchStored } from '../../../lib/db/import-buckets';
import type { Activity } from '../../../lib/schema/activity';
import { cachedContact, dump, freshDb, importText } from './import-fixture';
import { contactView } from './page-copy';

const JORDAN = 'pipedrive:acme:contact:11';

/**
 * A Pipedrive activities export without its ID column, three "Call" activities with Jordan on 18
 * Nov: done at 10:05, still to do at 10:00, and one done with no time of day. The dateless row is
 * the same touch as either timed one (duplicate rule 3, same printed day); metrics.md: a touch
 * joins "the group of the earliest touch it duplicates", here the 10:00 call, whichever order the
 * stored rows are met in (file order on a first import, index order on a second).
 */
describe('a dateless row that is the same day as two stored calls of its title', () => {
  const csv = [
    'Subject,Type,Due date,Due time,Done,Assigned to user,Contact person email',
    'Call,Call,2026-11-18,10:05,Done,Dana Reyes,jordan@example.com',
    'Call,Call,2026-11-18,10:00,To do,Dana Reyes,jordan@example.com',
    'Call,Call,2026-11-18,,Done,Dana Reyes,jordan@example.com',
  ].join('\n');

  it('changes nothing when the same file is imported again', async () => {
    const db = await freshDb();
    await db.put('contacts', cachedContact('pipedrive', 'acme', '11', 'jordan@example.com'));
    const first = await importText(db, 'pipedrive', 'acme', csv);
    const before = await dump(db);
    const callsBefore = (await contactView(db, JORDAN)).touches.byChannel.call;

    const again = await importText(db, 'pipedrive', 'acme', csv);

    expect(first).toMatchObject({ added: 2, existing: 1, invalid: 0 });
    expect(again).toMatchObject({ added: 0, existing: 3 });
    expect((await contactView(db, JORDAN)).touches.byChannel.call).toBe(callsBefore);
    expect(await dump(db)).toEqual(before);
  });

  it('joins the earliest of the two, the 10:00 call, on the first import already', async () => {
    const db = await freshDb();
    await db.put('contacts', cachedContact('pipedrive', 'acme', '11', 'jordan@example.com'));
    await importText(db, 'pipedrive', 'acme', csv);

    const calls = (await dump(db)).map((a) => [a.timestamp, a.planned === true]).sort();
    // The dateless "done" ended the 10:00 call that was still to do (fillIn); the 10:05 one was done already.
    expect(calls).toEqual([
      ['2026-11-18T09:00:00.000Z', false],
      ['2026-11-18T09:05:00.000Z', false],
    ]);
  });
});

describe('sameTouchStored', () => {
  const call = (key: string, timestamp: string, extra: Pick<Activity, 'timePrecision'> = {}): Activity => ({
    key,
    crm: 'pipedrive',
    tenant: 'acme',
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    title: 'Call',
    automated: false,
    timestamp,
    timePrecision: 'minute',
    origin: 'import',
    contactKeys: [JORDAN],
    dealKeys: [],
    ...extra,
  });
  const dateless = call('new', '2026-11-18T11:00:00.000Z', { timePrecision: 'day' });
  const at1000 = call('b', '2026-11-18T09:00:00.000Z');
  const at1005 = call('a', '2026-11-18T09:05:00.000Z');
  const sameTime = call('c', '2026-11-18T09:00:00.000Z');
  const bucketsOf = (rows: Activity[]): Buckets => new Map([[bucketOf(JORDAN, dateless), rows]]);

  it.each([
    ['stored in time order', [at1000, at1005]],
    ['stored latest first', [at1005, at1000]],
  ])('finds the earliest stored copy, %s', (_, rows) => {
    expect(sameTouchStored(dateless, bucketsOf(rows), 'Europe/Berlin')?.key).toBe('b');
  });

  it('takes the smaller key of two copies at the same time, in either order', () => {
    expect(sameTouchStored(dateless, bucketsOf([sameTime, at1000]), 'Europe/Berlin')?.key).toBe('b');
    expect(sameTouchStored(dateless, bucketsOf([at1000, sameTime]), 'Europe/Berlin')?.key).toBe('b');
  });
});
