import { describe, expect, it } from 'vitest';
import { parseCsvChunks } from '../../../lib/csv-import/parse-csv';
import { dealsOf, importDeals } from './deal-fixture';
import { dump, freshDb, importText } from './import-fixture';

const HEADER = 'Record ID,Call title,Activity date,Activity assigned to,Associated Contact IDs';
const call = (n: number, title: string) => `${n},${title},2026-11-18 1${n}:30,Dana Reyes,501`;

describe('a file with a quote that never closes', () => {
  // A hand-edited title: the quote opens a quoted cell that "Urgent" does not close.
  const csv = [HEADER, call(1, 'Intro'), call(2, '"Urgent" follow-up'), call(3, 'Second'), call(4, 'Third')].join('\n');

  it('imports the rows before it and says from which row on nothing was read', async () => {
    const db = await freshDb();
    const report = await importText(db, 'hubspot', '123', csv);
    expect(report.unreadableFrom?.row).toBe(2);
    expect(report.unreadableFrom?.reason).toMatch(/never closed/);
    expect((await dump(db)).map((r) => r.sourceId)).toEqual(['1']);
  });

  it('numbers that row across chunks as the report numbers rows', async () => {
    const end = await parseCsvChunks(csv, { chunkSize: 16, onChunk: async () => undefined });
    expect(end).toEqual({ aborted: false, unclosedQuoteRow: 2 });
  });

  it('numbers it from the header, not the title lines above it (a report saved again from Excel)', async () => {
    // Empty lines are no rows: the header is row 1 (headerRow over the preview says the same).
    const titled = ['Calls this month', '', csv].join('\n');
    const end = await parseCsvChunks(titled, { firstRow: 1, chunkSize: 16, onChunk: async () => undefined });
    expect(end).toEqual({ aborted: false, unclosedQuoteRow: 2 });
  });

  it('says nothing of the kind for a file whose quotes close', async () => {
    const quoted = [HEADER, call(1, '"Urgent, follow-up"')].join('\n');
    expect(await parseCsvChunks(quoted, { onChunk: async () => undefined })).toEqual({ aborted: false });
  });
});

describe('a deal export with a quote that never closes', () => {
  // A hand-edited deal name: papaparse reads the rest of the file into that cell.
  const csv = [
    'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Status',
    '301,Northwind upgrade,Proposal made,Pipeline,open',
    '302,"Contoso" onboarding,Qualified,Pipeline,open',
    '303,Fabrikam licences,Qualified,Pipeline,open',
    '304,Tailspin renewal,Qualified,Pipeline,open',
  ].join('\n');

  it('imports the deals before it and says from which row on nothing was read, as for activities', async () => {
    const db = await freshDb();
    const report = await importDeals(db, 'pipedrive', 'acme', csv);
    expect((await dealsOf(db)).map((d) => d.recordId)).toEqual(['301']);
    expect(report.unreadableFrom?.row).toBe(2);
    expect(report.unreadableFrom?.reason).toMatch(/never closed/);
  });
});
