// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/*
 * A report whose date column has a header no word table knows ("Begins"): no column is read as the date, so the
 * dates' order is worked out over no values and comes out 'not-needed' (prepare-mapping.ts withDateOrder). The
 * manager picks "Date" for the column in the mapping table: the order is checked again over the new column
 * (remapped-order.ts), so Import scans the file and asks, as for the same column detected
 * (csv-import-component.test.tsx, "asks for the order…"). It kept the status from before: the form said "The
 * dates are not numeric", Import neither scanned nor asked, and every row was reported invalid "date order unknown".
 */
describe('a date column the manager maps by hand', () => {
  it('has its numeric dates’ order asked for before anything is imported', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), {
      target: { value: 'acme.lightning.force.com' },
    });
    chooseFile(
      'report.csv',
      'Subject,Assigned,Begins,Contact ID\nCall,Dana,03/04/2026,0035g00000AbCdE\nCall,Dana,05/06/2026,0035g00000AbCdE\n',
    );
    const begins = await screen.findByRole('combobox', { name: 'Read column “Begins” as' }, SLOW);
    fireEvent.change(begins, { target: { value: 'date' } });
    await waitFor(() => expect((begins as HTMLSelectElement).value).toBe('date'));

    expect(document.querySelector('[data-date-order]')?.textContent).not.toMatch(/not numeric/);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(
      () => expect(document.querySelector('[data-date-order="asked"]') ?? importReport()).toBeTruthy(),
      SLOW,
    );
    expect(importReport()).toBeNull();
    expect(document.querySelector('[data-date-order="asked"]')).toBeTruthy();
  });
});
