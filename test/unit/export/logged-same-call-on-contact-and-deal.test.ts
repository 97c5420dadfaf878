import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { logTouch } from '../../../lib/db/logged-touches';
import type { TouchlineDb } from '../../../lib/db/schema';
import { loggedTouchesCsv } from '../../../lib/export/logged-csv';
import { ANA, anaKey, BEN, benKey, callsOn, DEAL, dealKeyOf } from '../db/hand-pages';
import { at, world } from '../db/logged-story';
import { NOW, ZONE } from '../db/world-readings';

/**
 * metrics.md "Duplicate" rule 3 (no source id: same person, the contact or a contact of the same
 * deal, channel, direction and title, within 2 minutes = one touch; the merged touch keeps the most
 * informative fields) and "Logging a missed touch" (a logged touch is listed for export so it can be
 * entered in the CRM). The same call logged on Ana's page and again on the Renewal deal a minute
 * later is one call on both panels: the CRM's import file must hold one call too, or the CRM gets two.
 */
const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
const linesOf = async (db: TouchlineDb) =>
  (await loggedTouchesCsv(db, ZONE, NOW)).flatMap((file) => parse(file.text).data);

describe('the same call logged on a contact and on its deal, exported for the CRM', () => {
  it('logged on Ana, then on the deal with Ana picked a minute later: 1 call on both panels, 1 line in the file', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' }, at(20));
    await logTouch(
      db,
      { recordKey: dealKeyOf, contactKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:31:00.000Z' },
      at(19),
    );
    expect(await callsOn(db, anaKey)).toBe(1);
    expect(await callsOn(db, dealKeyOf)).toBe(1);
    expect((await linesOf(db)).length).toBe(1);
  });

  it('logged on Ana, then on the deal with no contact picked: 1 line naming Ana and the deal, with the outcome and note the second one has', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' }, at(20));
    await logTouch(
      db,
      {
        recordKey: dealKeyOf,
        channel: 'call',
        timestamp: '2026-11-20T14:31:00.000Z',
        outcome: 'connected',
        note: 'Asked for pricing',
      },
      at(19),
    );
    expect(await callsOn(db, dealKeyOf)).toBe(1);
    // By hand: the earlier time, 14:30Z = 06:30 in Los Angeles; Ana from the first, the deal from the second.
    expect(await linesOf(db)).toEqual([
      {
        'Activity type': 'Call',
        'Activity date': '2026-11-20 06:30',
        'Contact record ID': ANA,
        Email: '',
        'Deal record ID': DEAL,
        'Call direction': 'Outbound',
        'Email direction': '',
        'Call outcome': 'Connected',
        'Meeting outcome': '',
        'Channel type': '',
        Body: 'Asked for pricing',
      },
    ]);
  });

  it('two calls 3 minutes apart (Ana, then the deal with Ana picked) stay 2 lines', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' }, at(20));
    await logTouch(
      db,
      { recordKey: dealKeyOf, contactKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:33:00.000Z' },
      at(19),
    );
    expect((await linesOf(db)).map((line) => line['Activity date'])).toEqual(['2026-11-20 06:30', '2026-11-20 06:33']);
  });

  it('a call and an email (other titles) a minute apart stay 2 lines', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' }, at(20));
    await logTouch(db, { recordKey: dealKeyOf, channel: 'email', timestamp: '2026-11-20T14:31:00.000Z' }, at(19));
    expect((await linesOf(db)).map((line) => line['Activity type'])).toEqual(['Call', 'Email']);
  });

  it('an outbound and an inbound call a minute apart stay 2 lines', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' }, at(20));
    await logTouch(
      db,
      { recordKey: dealKeyOf, channel: 'call', direction: 'inbound', timestamp: '2026-11-20T14:31:00.000Z' },
      at(19),
    );
    expect((await linesOf(db)).map((line) => line['Call direction'])).toEqual(['Outbound', 'Inbound']);
  });

  it('a call with Ana and one on the deal with Ben picked a minute later stay 2 lines', async () => {
    const db = await world();
    await logTouch(db, { recordKey: anaKey, channel: 'call', timestamp: '2026-11-20T14:30:00.000Z' }, at(20));
    await logTouch(
      db,
      { recordKey: dealKeyOf, contactKey: benKey, channel: 'call', timestamp: '2026-11-20T14:31:00.000Z' },
      at(19),
    );
    expect((await linesOf(db)).map((line) => line['Contact record ID'])).toEqual([ANA, BEN]);
  });
});
