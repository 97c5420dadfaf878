import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { undoLoggedTouch, updateLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, BEN, benKey, call, callsOn, contactPage, dealKeyOf, dealPage, viewOf } from '../db/hand-pages';
import { freshDb, NOW, ZONE } from '../db/world-readings';

// NOW = 2026-11-20T15:00Z = 07:00 on 20 Nov in Los Angeles (ZONE).
const at = (minutesBefore: number) => new Date(NOW.getTime() - minutesBefore * 60_000);
const AT = '2026-11-20T14:00:00.000Z'; // 06:00 LA, today
const save = (db: TouchlineDb, reading: Parameters<typeof saveReading>[1], when = NOW) =>
  saveReading(db, reading, when, ZONE);

async function world() {
  const db = await freshDb();
  await save(db, contactPage(ANA, []), at(30));
  await save(db, contactPage(BEN, []), at(30));
  await save(db, dealPage([]), at(30));
  return db;
}

const emailsOn = async (db: TouchlineDb, key: string) => (await viewOf(db, key)).touches.byChannel.email ?? 0;

describe('review: logging a missed touch, end to end', () => {
  it('logged on Ana, page copy on Ana then on the deal: one call on each view', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: AT }, at(20));
    await save(db, contactPage(ANA, [call(AT)]), at(10));
    await save(db, dealPage([call(AT)]), at(5));
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);
  });

  it('logged on the deal with no contact, page copy on Ana then on the deal: one call on each view', async () => {
    const db = await world();
    await logTouch(db, { recordKey: dealKeyOf, channel: 'call', timestamp: AT }, at(20));
    expect(await callsOn(db, dealKeyOf)).toBe(1);
    await save(db, contactPage(ANA, [call(AT)]), at(10));
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);
    await save(db, dealPage([call(AT)]), at(5));
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);
  });

  it('logged on the deal with no contact, page copy on the deal then on Ana: one call on each view', async () => {
    const db = await world();
    await logTouch(db, { recordKey: dealKeyOf, channel: 'call', timestamp: AT }, at(20));
    await save(db, dealPage([call(AT)]), at(10));
    await save(db, contactPage(ANA, [call(AT)]), at(5));
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);
  });

  it('undo after the merge: the page copy still counts once, on Ana and the deal', async () => {
    const db = await world();
    const t = await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: AT, outcome: 'connected' }, at(20));
    await save(db, contactPage(ANA, [call(AT)]), at(10));
    await save(db, dealPage([call(AT)]), at(8));
    await undoLoggedTouch(db, t.key);
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([1, 1]);
  });

  it('two logged calls on one day, one page call: two calls, one merged', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: AT }, at(20));
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' }, at(19));
    const saved = await save(db, contactPage(ANA, [call(AT)]), at(10));
    expect(saved.mergedLogged).toHaveLength(1);
    await save(db, dealPage([call(AT)]), at(5));
    expect([await callsOn(db, anaKey), await callsOn(db, dealKeyOf)]).toEqual([2, 2]);
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => f.rows)).toEqual([1]);
  });

  it('edit channel after the merge: page call and logged email both count', async () => {
    const db = await world();
    const t = await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: AT }, at(20));
    await save(db, contactPage(ANA, [call(AT)]), at(10));
    await save(db, dealPage([call(AT)]), at(8));
    await updateLoggedTouch(db, t.key, { channel: 'email' }, at(5), ZONE);
    expect([await callsOn(db, anaKey), await emailsOn(db, anaKey)]).toEqual([1, 1]);
    expect([await callsOn(db, dealKeyOf), await emailsOn(db, dealKeyOf)]).toEqual([1, 1]);
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => f.rows)).toEqual([1]);
  });

  it('edit day after the merge: two calls, logged one exported', async () => {
    const db = await world();
    const t = await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: AT }, at(20));
    await save(db, contactPage(ANA, [call(AT)]), at(10));
    await updateLoggedTouch(db, t.key, { timestamp: '2026-11-19T18:00:00.000Z' }, at(5), ZONE);
    expect(await callsOn(db, anaKey)).toBe(2);
    const files = await loggedTouchesCsv(db, ZONE, NOW);
    expect(files.map((f) => f.rows)).toEqual([1]);
  });

  it('logged on deal with Ben picked, page copy on Ana: merges (any of the deal contacts)', async () => {
    const db = await world();
    await logTouch(db, { recordKey: dealKeyOf, channel: 'call', timestamp: AT, contactKey: benKey }, at(20));
    const saved = await save(db, contactPage(ANA, [call(AT)]), at(10));
    expect(saved.mergedLogged).toHaveLength(1);
    expect(await callsOn(db, dealKeyOf)).toBe(1);
  });

  it('late evening in the user zone: logged 23:30 LA and page call 23:50 LA the same day merge', async () => {
    const db = await world();
    const late = '2026-11-20T07:30:00.000Z'; // 23:30 on 19 Nov LA
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: late }, at(20));
    const saved = await save(db, contactPage(ANA, [call('2026-11-20T07:50:00.000Z')]), at(10));
    expect(saved.mergedLogged).toHaveLength(1);
    expect(await callsOn(db, anaKey)).toBe(1);
  });

  it('CSV row of a touch logged on the deal without a contact', async () => {
    const db = await world();
    await logTouch(db, { recordKey: dealKeyOf, channel: 'call', timestamp: AT }, at(20));
    const [file] = await loggedTouchesCsv(db, ZONE, NOW);
    const { data } = Papa.parse<Record<string, string>>(file?.text ?? '', { header: true, skipEmptyLines: true });
    expect(data[0]?.['Activity date']).toBe('2026-11-20 06:00');
    expect(data[0]?.['Deal record ID']).toBe('d-renewal');
  });
});
