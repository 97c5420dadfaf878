import { describe, expect, it } from 'vitest';
import { exportKind } from '../../../lib/csv-import/deals/detect';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { dealsOf, importDeals } from './deal-fixture';
import { dump, freshDb, importText } from './import-fixture';

/**
 * A file that writes a space after each comma before a quoted header (`"Record ID", "Call title"`):
 * a CSV reader takes a quote as quoting only at a cell's start, so every header but the first kept
 * its quotes, no header word matched them, and with "Record ID" alone recognised the calls export
 * was read as a deal export missing its stage. Header labels are read without such quotes.
 */
describe('headers quoted after a space', () => {
  it('are read as their labels: a HubSpot calls export is read as calls', async () => {
    const text = [
      '"Record ID", "Call title", "Activity date", "Activity assigned to", "Associated Contact IDs"',
      '9201,Intro,2026-11-18 10:00,Dana Reyes,501',
    ].join('\n');
    const [header = []] = await previewCsv(text, 21);
    expect(exportKind('hubspot', header)).toBe('activities');
    const db = await freshDb();

    expect(await importText(db, 'hubspot', '123', text)).toMatchObject({ added: 1, invalid: 0 });
    expect((await dump(db)).map((a) => [a.sourceId, a.type, a.title, a.owner])).toEqual([
      ['9201', 'call', 'Intro', 'Dana Reyes'],
    ]);
  });

  it('keep a HubSpot stage column’s stage, its doubled quotes undone', async () => {
    const text = [
      '"Record ID", "Deal Name", "Deal Stage", "Pipeline", "Date entered ""Proposal (Sales Pipeline)"""',
      '701,Acme,Proposal,Sales Pipeline,2026-10-01 10:00',
    ].join('\n');
    const db = await freshDb();

    expect(await importDeals(db, 'hubspot', '123', text)).toMatchObject({ added: 1, invalid: 0 });
    const [deal] = await dealsOf(db);
    expect(deal?.stageHistory).toEqual([{ stage: 'Proposal', enteredAt: '2026-10-01T08:00:00.000Z' }]);
  });
});
