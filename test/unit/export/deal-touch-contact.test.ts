import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { recordKeyOf } from '../../../lib/keys';
import type { Crm } from '../../../lib/schema/activity';
import { BEN, DEAL, dealPage } from '../db/hand-pages';
import { freshDb, NOW, TENANT, ZONE } from '../db/world-readings';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

/**
 * A touch logged on a deal with one of its contacts picked, that contact's own page never opened:
 * the CSV still links the touch to the person the user picked (docs/your-data.md), by the id in
 * the touch's key and the name on the deal's contact list.
 */
describe('the CSV line of a deal touch logged with a contact Touchline has not read', () => {
  async function csvLineOfCallWithBen(crm: Crm) {
    const db = await freshDb();
    await saveReading(db, { ...dealPage([]), crm }, NOW, ZONE);
    const touch = {
      recordKey: recordKeyOf(crm, TENANT, 'deal', DEAL),
      contactKey: recordKeyOf(crm, TENANT, 'contact', BEN),
      channel: 'call' as const,
      timestamp: '2026-11-20T14:00:00.000Z',
    };
    await logTouch(db, touch, NOW);
    const [file] = await loggedTouchesCsv(db, ZONE, NOW);
    return parse(file?.text ?? '').data;
  }

  it('names the picked contact by HubSpot record ID, next to the deal', async () => {
    expect(await csvLineOfCallWithBen('hubspot')).toMatchObject([
      { 'Contact record ID': BEN, Email: '', 'Deal record ID': DEAL },
    ]);
  });

  it('names the picked contact by Salesforce WhoId', async () => {
    expect(await csvLineOfCallWithBen('salesforce')).toMatchObject([{ WhoId: BEN, WhatId: DEAL }]);
  });

  it('names the picked contact as the deal lists them, for Pipedrive', async () => {
    expect(await csvLineOfCallWithBen('pipedrive')).toMatchObject([
      { 'Person name': 'Ben Hale', 'Deal title': 'Renewal' },
    ]);
  });
});
