/**
 * Rep in LA, two browsers. Wed the desktop opens Ana's page, which shows her phone and company,
 * and the Renewal deal's page, which shows its amount (24,000). Thu the laptop opens both pages in
 * a narrow layout that shows neither the phone, the company nor the amount. In one browser that
 * reads both, the later reading keeps what it did not show (lib/db/page-records.ts: "a field the
 * page did not show keeps its stored value"). The desktop imports the laptop's backup, whose
 * copies are the newer. By hand (decisions.md "Backups": nothing the user had is lost; the
 * round trip keeps what one browser would hold): Ana's phone +1 415 555 0100, company Acme, and
 * the deal's 24,000 stay on the desktop. The other way round, the laptop importing the desktop's
 * older backup takes them too, as one browser that read the narrow pages first and the full ones
 * after (an older reading fills what the stored copy lacks).
 */
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import { contactReadSchema, dealReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings } from '../../../lib/schema/settings';
import { ANA, anaKey, DEAL, dealKeyOf } from '../db/hand-pages';
import { freshDb, NOW, TENANT, ZONE } from '../db/world-readings';

const WED = new Date('2026-11-18T18:00:00Z');
const THU = new Date('2026-11-19T18:00:00Z');

const anaPage = (full: boolean) =>
  contactReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'contact',
    recordId: ANA,
    status: 'read',
    record: full ? { name: 'Ana Ortiz', phone: '+1 415 555 0100', company: 'Acme' } : { name: 'Ana Ortiz' },
    activities: [],
    crmFigures: {},
    notRead: [],
  });
const dealRead = (full: boolean) =>
  dealReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    kind: 'deal',
    recordId: DEAL,
    status: 'read',
    record: {
      name: 'Renewal',
      ...(full ? { amount: 24000, currency: 'USD' } : {}),
      stage: 'Negotiation',
      stageHistory: [],
      contacts: [{ id: ANA, name: 'Ana Ortiz' }],
    },
    activities: [],
    crmFigures: {},
    notRead: [],
  });

async function readBoth(db: TouchlineDb, full: boolean, at: Date) {
  await saveReading(db, anaPage(full), at, ZONE, ZONE);
  await saveReading(db, dealRead(full), at, ZONE, ZONE);
}

async function held(db: TouchlineDb) {
  const ana = await db.get('contacts', anaKey);
  const deal = await db.get('deals', dealKeyOf);
  return { phone: ana?.phone, company: ana?.company, amount: deal?.amount };
}

const expected = { phone: '+1 415 555 0100', company: 'Acme', amount: 24000 };

describe('a newer copy of a record that lacks fields the page did not show', () => {
  it('one browser that read both layouts (sanity): keeps the phone, company and amount', async () => {
    const db = await freshDb();
    await readBoth(db, true, WED);
    await readBoth(db, false, THU);
    expect(await held(db)).toEqual(expected);
  });

  it('keeps Ana’s phone and company and the deal’s amount after importing the newer backup (decisions.md "Backups")', async () => {
    const desktop = await freshDb();
    await readBoth(desktop, true, WED);
    const laptop = await freshDb();
    await readBoth(laptop, false, THU);

    const { blob } = await exportBackup(laptop, defaultSettings(ZONE), NOW);
    await importBackup(desktop, blob, { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });

    expect(await held(desktop)).toEqual(expected);
  });

  it('gives the laptop’s newer copies the phone, company and amount the desktop’s older backup has', async () => {
    const desktop = await freshDb();
    await readBoth(desktop, true, WED);
    const laptop = await freshDb();
    await readBoth(laptop, false, THU);

    const { blob } = await exportBackup(desktop, defaultSettings(ZONE), NOW);
    await importBackup(laptop, blob, { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });

    expect(await held(laptop)).toEqual(expected);
    expect((await laptop.get('contacts', anaKey))?.lastReadAt).toBe(THU.toISOString());
  });
});
