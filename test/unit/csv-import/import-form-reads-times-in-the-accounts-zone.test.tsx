// @vitest-environment happy-dom
/**
 * The import form with the browser in UTC (the test run's zone) for a HubSpot account whose
 * exports were first imported in New York: the form says the file's times are read in New York,
 * as before, and the import stores them so. For an account with no import yet it says the
 * browser's zone is used and kept. By hand: 2026-11-19 10:15 in New York (UTC-5) is 15:15 UTC.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { loadMapping, saveMapping } from '../../../lib/csv-import/mapping-store';
import { freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const PORTAL = '6081422';
const CSV = [
  'Call title,Activity date,Activity assigned to,Call direction,Call outcome,Associated Contact,Associated Contact IDs',
  'Call with Maya Chen,2026-11-19 10:15,Sam Rivera,Outbound,Connected,Maya Chen,4101',
].join('\n');

async function importFromForm() {
  const db = await freshDb();
  render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
  fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: PORTAL } });
  chooseFile('calls.csv', CSV);
  await waitFor(() => expect(importReport()?.dataset.added).toBe('1'), SLOW);
  return db;
}

describe("the import form and the zone the file's times are read in", () => {
  it('an account first imported in New York: says so, and reads the times there', async () => {
    await saveMapping('hubspot', PORTAL, { columns: {}, timeZone: 'America/New_York' });
    const db = await importFromForm();
    expect(document.querySelector('[data-import-zone]')?.textContent).toBe(
      "Times in this file are read in America/New_York, as for this account's earlier imports.",
    );
    expect((await db.getAll('activities')).map((a) => a.timestamp)).toEqual(['2026-11-19T15:15:00.000Z']);
  });

  it("an account never imported: the browser's zone, kept for its later imports", async () => {
    const db = await importFromForm();
    expect(document.querySelector('[data-import-zone]')?.textContent).toBe(
      "Times in this file are read in UTC, this browser's time zone; this account's later imports will be read in it too.",
    );
    expect((await db.getAll('activities')).map((a) => a.timestamp)).toEqual(['2026-11-19T10:15:00.000Z']);
    expect((await loadMapping('hubspot', PORTAL))?.timeZone).toBe('UTC');
  });
});
