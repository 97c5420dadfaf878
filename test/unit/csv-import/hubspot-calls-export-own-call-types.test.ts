import { describe, expect, it } from 'vitest';
import { exportKind } from '../../../lib/csv-import/deals/detect';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { dump, freshDb, importText } from './import-fixture';

/**
 * team-view.md, "Which exports are understood", HubSpot: "An export of one kind (e.g. "Call
 * title") makes every row that type." A calls export's type column may hold the portal's own call
 * types (HubSpot's hs_activity_type: "the type of call, based on the call types in your account",
 * e.g. "Discovery call", "Demo"; older portals label it "Activity type"). The type cell was looked
 * up before the type the headers imply, and a HubSpot word it did not know made the row invalid
 * ("type not understood").
 */
const HEADER =
  'Record ID,Call title,Activity date,Activity assigned to,Activity type,Call outcome,Associated Contact IDs';

describe('a HubSpot calls export whose type column holds the portal’s call types', () => {
  it('imports every row as a call, as its headers say', async () => {
    const text = [
      HEADER,
      '9101,Intro,2026-11-18 10:00,Dana Reyes,Discovery call,Connected,501',
      '9102,Follow-up,2026-11-19 10:00,Dana Reyes,,No answer,501',
      '9103,Pricing,2026-11-19 11:00,Dana Reyes,Demo,Connected,501',
    ].join('\n');
    const rows = await previewCsv(text, 21);
    expect(exportKind('hubspot', rows[0] ?? [])).toBe('activities');
    expect(prepareMapping('hubspot', rows).mapping.impliedType).toBe('call');
    const db = await freshDb();

    const report = await importText(db, 'hubspot', '123', text);

    expect(report).toMatchObject({ added: 3, invalid: 0 });
    expect((await dump(db)).map((a) => [a.sourceId, a.type, a.outcome])).toEqual([
      ['9101', 'call', 'connected'],
      ['9102', 'call', 'no-answer'],
      ['9103', 'call', 'connected'],
    ]);
  });

  it('keeps a type word the tables know: a mixed export whose one typed header is "Call outcome" keeps its emails', async () => {
    const header = 'Record ID,Activity date,Activity assigned to,Activity type,Call outcome,Associated Contact IDs';
    const text = `${header}\n9104,2026-11-19 12:00,Dana Reyes,Email,,501\n9105,2026-11-19 13:00,Dana Reyes,Call,Connected,501\n`;
    expect(prepareMapping('hubspot', await previewCsv(text, 21)).mapping.impliedType).toBe('call');
    const db = await freshDb();

    expect(await importText(db, 'hubspot', '123', text)).toMatchObject({ added: 2, invalid: 0 });
    expect((await dump(db)).map((a) => [a.sourceId, a.type])).toEqual([
      ['9104', 'email'],
      ['9105', 'call'],
    ]);
  });
});
