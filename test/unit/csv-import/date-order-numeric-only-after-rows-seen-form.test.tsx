// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/**
 * The form with a file whose first 20 rows (the rows the preview reads) are dated year first and
 * whose later rows print 03/04/2026: the import started at once and reported those rows "date
 * order unknown", never asking. It still starts at once, but checks the whole column first and
 * asks for the order, importing nothing until it is chosen.
 */
describe('numeric dates only after the rows the preview reads, on the import form', () => {
  it('says the whole file is checked, then asks for the order the later rows leave open', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), {
      target: { value: 'acme.lightning.force.com' },
    });
    const lines = ['Subject,Assigned,Date,Contact ID'];
    for (let i = 1; i <= 20; i++) lines.push(`Call ${i},Dana,2026-11-${String(i).padStart(2, '0')},0035g00000AbCdE`);
    lines.push('Call 21,Dana,03/04/2026,0035g00000AbCdE', 'Call 22,Dana,05/06/2026,0035g00000AbCdE');
    chooseFile('report.csv', lines.join('\n'));
    await screen.findByText(/No date in the first rows is numeric/, {}, SLOW);

    await waitFor(() => expect(document.querySelector('[data-date-order="asked"]')).toBeTruthy(), SLOW);
    expect(importReport()).toBeNull();
    expect(await db.count('activities')).toBe(0);

    fireEvent.change(screen.getByRole('combobox', { name: 'Numeric dates' }), { target: { value: 'day-first' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(importReport()?.dataset.added).toBe('22'), SLOW);
    const call21 = (await db.getAll('activities')).find((a) => a.title === 'Call 21');
    expect(call21?.timestamp?.slice(0, 7)).toBe('2026-04');
  });
});
