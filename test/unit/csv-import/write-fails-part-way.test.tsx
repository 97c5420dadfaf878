// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { importFile } from '../../../components/team/import/import-steps';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

/** The batch whose write fails (the disk fills), counted from 1 for each import; and the deal batches so far. */
const failing = { batch: 0, dealBatches: 0 };

vi.mock('../../../lib/csv-import/batch-writer', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/csv-import/batch-writer')>();
  return {
    batchWriter: (...args: Parameters<typeof real.batchWriter>) => {
      const writer = real.batchWriter(...args);
      let batches = 0;
      return {
        marks: writer.marks,
        write: async (rows: Parameters<typeof writer.write>[0]) => {
          batches++;
          if (batches === failing.batch) throw new Error('QuotaExceededError: the disk is full');
          return writer.write(rows);
        },
      };
    },
  };
});

vi.mock('../../../lib/csv-import/deals/write-deals', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/csv-import/deals/write-deals')>();
  return {
    ...real,
    writeDealBatch: async (...args: Parameters<typeof real.writeDealBatch>) => {
      failing.dealBatches++;
      if (failing.dealBatches === failing.batch) throw new Error('QuotaExceededError: the disk is full');
      return real.writeDealBatch(...args);
    },
  };
});

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  failing.batch = 2;
  failing.dealBatches = 0;
});

const NOW = () => new Date('2026-11-20T15:00:00Z');

function callsExport(rows: number): string {
  const lines = ['Record ID,Call title,Activity date,Activity assigned to,Associated Contact IDs'];
  for (let i = 1; i <= rows; i++)
    lines.push(`${i},Call ${i},2026-11-10 09:${String(i % 60).padStart(2, '0')},Dana Reyes,501`);
  return lines.join('\n');
}

/**
 * The cache fails part-way through an import (the disk fills on the 2nd batch of 250 rows): the
 * first batch is committed and stays, counts on the team page, and the report says so with the
 * error, instead of "Nothing was imported" over 250 stored calls.
 */
describe('an activity import whose second batch cannot be written', () => {
  it('reports the rows the first batch stored, with the error', async () => {
    const db = await freshDb();
    const report = await importFile(
      { openDb: async () => db, now: NOW },
      {
        crm: 'hubspot',
        tenant: '123',
        input: callsExport(600),
        mapping: { targets: ['sourceId', 'subject', 'date', 'owner', 'contactId'], lang: 'en', impliedType: 'call' },
      },
      new AbortController().signal,
      () => undefined,
    );

    expect(await db.count('activities')).toBe(250);
    expect(report).toMatchObject({ added: 250, existing: 0, error: 'QuotaExceededError: the disk is full' });
  });

  it('says on the form what was written before the error, and has the team page read the cache again', async () => {
    const db = await freshDb();
    const onImported = vi.fn();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={NOW} onImported={onImported} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });
    chooseFile('calls.csv', callsExport(600));

    await waitFor(() => expect(importReport()?.dataset.added).toBe('250'), SLOW);
    const said = importReport()?.textContent ?? '';
    expect(said).not.toContain('Nothing was imported');
    expect(said).toContain('The import stopped after 250 rows added and 0 already there');
    expect(said).toContain('the disk is full');
    expect(onImported).toHaveBeenCalledTimes(1);
  });
});

describe('a deal import whose second batch cannot be written', () => {
  it('reports the deals the first batch stored, with the error', async () => {
    const db = await freshDb();
    const csv = [
      'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Status',
      '301,Northwind upgrade,Proposal made,Pipeline,open',
      '302,Contoso onboarding,Qualified,Pipeline,open',
      '303,Fabrikam licences,Qualified,Pipeline,open',
    ].join('\n');

    const report = await importDeals(db, 'pipedrive', 'acme', csv, { batchSize: 2 });

    expect((await dealsOf(db)).map((d) => d.recordId)).toEqual(['301', '302']);
    expect(report).toMatchObject({ added: 2, existing: 0, error: 'QuotaExceededError: the disk is full' });
  });
});
