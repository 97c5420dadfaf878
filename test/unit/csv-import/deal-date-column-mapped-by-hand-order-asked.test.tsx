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
 * As for an activity export (date-column-mapped-by-hand-order-asked.test.tsx): a deal export whose close date
 * column has a header no word table knows ("Wrap-up") has no date column read, so its order is 'not-needed' and
 * it is imported at once. Mapped by hand as the close date, its 03/04-style dates have their order asked for at
 * the next Import; they were read as if no date were numeric, each close date left out as of an unknown order.
 */
describe('a deal date column the manager maps by hand', () => {
  it('has its numeric dates’ order asked for before anything is imported', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });
    chooseFile(
      'deals.csv',
      'Record ID,Deal Name,Deal Stage,Pipeline,Wrap-up\n9001,Acme,Qualified to buy,Sales Pipeline,03/04/2026\n9002,Initech,Qualified to buy,Sales Pipeline,05/06/2026\n',
    );
    // No date column read: nothing to ask, so the deals are imported at once, without a close date.
    await waitFor(() => expect(importReport()?.dataset.added).toBe('2'), SLOW);
    const wrapUp = screen.getByRole('combobox', { name: 'Read column “Wrap-up” as' }) as HTMLSelectElement;
    fireEvent.change(wrapUp, { target: { value: 'closeDate' } });
    await waitFor(() => expect(wrapUp.value).toBe('closeDate'));

    expect(document.querySelector('[data-date-order]')?.textContent).not.toMatch(/not numeric/);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(document.querySelector('[data-date-order="asked"]')).toBeTruthy(), SLOW);
    expect(importReport()?.dataset.existing).toBe('0');
    expect((await db.getAll('deals')).map((d) => d.closeDate)).toEqual([undefined, undefined]);
  });
});
