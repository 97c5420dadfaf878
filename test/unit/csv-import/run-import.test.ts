import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../lib/schema/activity';
import { cachedContact as contact, dump, fixture, freshDb, importText } from './import-fixture';

const HS = 'hubspot:123';

describe('runImport', () => {
  it('imports a HubSpot calls export keyed by the CRM id, linked by contact and deal id', async () => {
    const db = await freshDb();
    const report = await importText(db, 'hubspot', '123', fixture('hubspot-calls-en.csv'));

    expect(report).toMatchObject({ rows: 4, added: 4, existing: 0, invalid: 0, unlinked: 0, cancelled: false });
    const rows = await dump(db);
    expect(rows.map((a) => a.key)).toEqual([90001, 90002, 90003, 90004].map((id) => `${HS}:activity:${id}`));
    expect(rows[0]).toMatchObject({
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      outcome: 'connected',
      owner: 'Dana Reyes',
      title: 'Discovery call',
      timestamp: '2026-11-18T13:30:00.000Z',
      origin: 'import',
      contactKeys: [`${HS}:contact:501`],
      dealKeys: [`${HS}:deal:701`],
    });
    expect(rows[3]?.contactKeys).toEqual([`${HS}:contact:501`, `${HS}:contact:502`]);
  });

  it('keeps the date a Salesforce report printed without a time, whatever zone the browser is in later', async () => {
    const db = await freshDb();
    await importText(db, 'salesforce', 'acme.lightning.force.com', fixture('salesforce-tasks-en.csv'));

    const [call] = await dump(db);

    // "11/18/2026" read in Berlin: 18 Nov 00:00 there is 17 Nov 23:00Z, the 17th in New York.
    expect(call).toMatchObject({
      timestamp: '2026-11-17T23:00:00.000Z',
      timePrecision: 'day',
      printedOn: '2026-11-18',
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const db = await freshDb();
    const text = fixture('salesforce-tasks-en.csv');
    const first = await importText(db, 'salesforce', 'acme.lightning.force.com', text);
    const before = await dump(db);

    const again = await importText(db, 'salesforce', 'acme.lightning.force.com', text);

    expect(first).toMatchObject({ rows: 4, added: 4, existing: 0, invalid: 0 });
    expect(again).toMatchObject({ added: 0, existing: 4, invalid: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('changes nothing on re-import of rows without CRM ids (natural keys)', async () => {
    const db = await freshDb();
    const text = fixture('pipedrive-activities-en.csv').replace(/^\d+,/gm, ',');
    await db.put('contacts', contact('pipedrive', 'acme', '11', 'jordan@example.com'));
    const first = await importText(db, 'pipedrive', 'acme', text);
    const before = await dump(db);
    const again = await importText(db, 'pipedrive', 'acme', text);

    expect(first.added).toBeGreaterThan(0);
    expect(again).toMatchObject({ added: 0, existing: first.added });
    expect(await dump(db)).toEqual(before);
  });

  it('links by email among the account’s cached contacts and reports rows it cannot link', async () => {
    const db = await freshDb();
    await db.put('contacts', contact('pipedrive', 'acme', '11', 'Jordan@Example.com'));
    await db.put('contacts', contact('pipedrive', 'acme', '12', 'riley@example.com'));
    await db.put('contacts', contact('pipedrive', 'other', '99', 'pat@nowhere.example'));

    const report = await importText(db, 'pipedrive', 'acme', fixture('pipedrive-activities-en.csv'));

    expect(report).toMatchObject({ rows: 5, added: 4, unlinked: 1, invalid: 0 });
    expect(report.unlinkedRows).toEqual([
      { row: 5, reason: 'no id, and no cached contact with this email: pat@nowhere.example' },
    ]);
    const rows = await dump(db);
    expect(rows.find((a) => a.sourceId === 'activity:301')).toMatchObject({
      contactKeys: ['pipedrive:acme:contact:11'],
      dealKeys: ['pipedrive:acme:deal:801'],
      type: 'call',
      timestamp: '2026-11-18T13:30:00.000Z',
    });
    expect(rows.find((a) => a.sourceId === 'activity:303')).toMatchObject({ type: 'meeting' });
    expect(rows.find((a) => a.sourceId === 'activity:304')).toMatchObject({ type: 'task', planned: true });
    expect(rows.some((a) => a.sourceId === 'activity:305')).toBe(false);
  });

  it('never overwrites a page-read row with the same key: it only gains what it lacked', async () => {
    const db = await freshDb();
    const page: Activity = {
      key: `${HS}:activity:90001`,
      crm: 'hubspot',
      tenant: '123',
      type: 'call',
      channel: 'call',
      direction: 'unknown',
      timestamp: '2026-11-18T13:30:00.000Z',
      timePrecision: 'minute',
      title: 'Discovery call (as the page shows it)',
      automated: false,
      outcome: 'held',
      sourceId: '90001',
      contactKeys: [`${HS}:contact:501`],
      dealKeys: [],
      origin: 'page',
    };
    await db.put('activities', page);

    const report = await importText(db, 'hubspot', '123', fixture('hubspot-calls-en.csv'));

    expect(report).toMatchObject({ added: 3, existing: 1 });
    expect(await db.get('activities', page.key)).toEqual({
      ...page,
      direction: 'outbound',
      owner: 'Dana Reyes',
      dealKeys: [`${HS}:deal:701`],
    });
  });

  it('ends a planned sighting the export shows done, and stores no done mark on new rows', async () => {
    const db = await freshDb();
    const SF = 'acme.lightning.force.com';
    const page: Activity = {
      key: `salesforce:${SF}:activity:00T5g00000Task1EAB`,
      crm: 'salesforce',
      tenant: SF,
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-11-17T23:00:00.000Z',
      timePrecision: 'day',
      title: 'Call',
      automated: false,
      planned: true,
      sourceId: '00T5g00000Task1EAB',
      contactKeys: [`salesforce:${SF}:contact:0035g00000AbCdEAAV`],
      dealKeys: [],
      origin: 'page',
    };
    await db.put('activities', page);
    const csv = [
      'Subject,Assigned,Date,Status,Task Subtype,Call Type,Call Result,Contact ID,Activity ID',
      'Call,Dana Reyes,11/18/2026,Completed,Call,Outbound,Connected,0035g00000AbCdE,00T5g00000Task1',
      'Call,Dana Reyes,11/19/2026,Completed,Call,Outbound,Connected,0035g00000AbCdE,00T5g00000Task2',
    ].join('\n');
    expect(await importText(db, 'salesforce', SF, csv)).toMatchObject({ added: 1, existing: 1 });
    const rows = await dump(db);
    expect(rows.map((r) => [r.sourceId, r.outcome, 'planned' in r])).toEqual([
      ['00T5g00000Task1EAB', 'connected', false],
      ['00T5g00000Task2EAB', 'connected', false],
    ]);
  });

  it('merges with a page copy under another key by the duplicate rules (same contact, channel, title, day)', async () => {
    const db = await freshDb();
    const tenant = 'acme.lightning.force.com';
    const contactKey = `salesforce:${tenant}:contact:0035g00000AbCdEAAV`;
    const page: Activity = {
      key: `salesforce:${tenant}:activity:hpagecopy`,
      crm: 'salesforce',
      tenant,
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-11-18T09:12:00.000Z',
      timePrecision: 'minute',
      title: 'Call',
      automated: false,
      contactKeys: [contactKey],
      dealKeys: [],
      origin: 'page',
    };
    await db.put('activities', page);

    const report = await importText(db, 'salesforce', tenant, fixture('salesforce-tasks-en.csv'));

    expect(report).toMatchObject({ added: 3, existing: 1 });
    const rows = await dump(db);
    expect(rows.filter((a) => a.contactKeys.includes(contactKey) && a.type === 'call')).toHaveLength(1);
    expect(await db.get('activities', page.key)).toMatchObject({
      origin: 'page',
      owner: 'Dana Reyes',
      sourceId: '00T5g00000Task1EAB',
    });
  });

  it('keeps a page row that differs in title or day apart from the imported one', async () => {
    const db = await freshDb();
    const tenant = 'acme.lightning.force.com';
    const contactKey = `salesforce:${tenant}:contact:0035g00000AbCdEAAV`;
    const base: Activity = {
      key: '',
      crm: 'salesforce',
      tenant,
      type: 'call',
      channel: 'call',
      direction: 'outbound',
      timestamp: '2026-11-18T09:12:00.000Z',
      timePrecision: 'minute',
      title: 'Call',
      automated: false,
      contactKeys: [contactKey],
      dealKeys: [],
      origin: 'page',
    };
    await db.put('activities', { ...base, key: `salesforce:${tenant}:activity:hother`, title: 'Call back' });
    await db.put('activities', {
      ...base,
      key: `salesforce:${tenant}:activity:hlater`,
      timestamp: '2026-11-19T09:12:00.000Z',
    });

    const report = await importText(db, 'salesforce', tenant, fixture('salesforce-tasks-en.csv'));

    expect(report).toMatchObject({ added: 4, existing: 0 });
  });

  it('reads a German Salesforce report with semicolons and dotted dates', async () => {
    const db = await freshDb();
    const report = await importText(db, 'salesforce', 'acme.lightning.force.com', fixture('salesforce-tasks-de.csv'));
    expect(report).toMatchObject({ rows: 2, added: 2, invalid: 0 });
    const rows = await dump(db);
    expect(rows.map((a) => [a.type, a.timestamp, a.outcome])).toEqual([
      ['call', '2026-11-17T23:00:00.000Z', 'connected'],
      ['email', '2026-11-02T23:00:00.000Z', undefined],
    ]);
  });

  it('imports the valid rows of a file with bad dates and ids, and says why the others were skipped', async () => {
    const db = await freshDb();
    const report = await importText(db, 'hubspot', '123', fixture('bad-dates.csv'));
    expect(report).toMatchObject({ rows: 4, added: 1, invalid: 3 });
    expect(report.problems).toEqual([
      { row: 2, reason: 'date not read: "next blue moon"' },
      { row: 3, reason: 'no date' },
      { row: 4, reason: 'not a hubspot contact id: "not-an-id"' },
    ]);
  });

  it('imports nothing from a file whose delimiter hides every column, and says what is missing', async () => {
    const db = await freshDb();
    const report = await importText(db, 'hubspot', '123', fixture('unknown-delimiter.csv'));
    expect(report).toMatchObject({ added: 0, rows: 0, error: 'No column holds the activity date.' });
    expect(await db.count('activities')).toBe(0);
  });

  it('stops when cancelled and keeps what was written; importing again completes without doubling', async () => {
    const db = await freshDb();
    const lines = ['Record ID,Call title,Activity date,Associated Contact IDs'];
    for (let i = 0; i < 3000; i++) lines.push(`${i + 1},Call ${i},2026-11-18 14:30,${500 + (i % 7)}`);
    const text = lines.join('\n');
    const controller = new AbortController();
    const partial = await importText(db, 'hubspot', '123', text, {
      signal: controller.signal,
      batchSize: 100,
      onProgress: () => controller.abort(),
    });
    expect(partial.cancelled).toBe(true);
    expect(partial.rows).toBeLessThan(3000);
    expect(await db.count('activities')).toBe(partial.added);

    const rest = await importText(db, 'hubspot', '123', text);
    expect(rest).toMatchObject({ added: 3000 - partial.added, existing: partial.added, cancelled: false });
    expect(await db.count('activities')).toBe(3000);
  });

  it('does not store rows older than the retention limit, and counts them', async () => {
    const db = await freshDb();
    const report = await importText(db, 'hubspot', '123', fixture('hubspot-calls-en.csv'), {
      retentionCutoff: '2026-11-16T00:00:00.000Z',
    });
    expect(report).toMatchObject({ rows: 4, added: 3, tooOld: 1 });
    expect(await db.get('activities', `${HS}:activity:90004`)).toBeUndefined();
  });
});
