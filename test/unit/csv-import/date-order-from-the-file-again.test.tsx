// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/** Every date of this file reads either way (03/04/2026): nothing in it settles the order. */
const EITHER_WAY =
  'Subject,Assigned,Date,Contact ID\nCall,Dana,03/04/2026,0035g00000AbCdE\nCall,Dana,05/06/2026,0035g00000AbCdE\n';

async function formWithFile(): Promise<HTMLSelectElement> {
  const db = await freshDb();
  render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
  fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
  fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), {
    target: { value: 'acme.lightning.force.com' },
  });
  chooseFile('report.csv', EITHER_WAY);
  await screen.findByRole('table', { name: 'First rows as they will be read' }, SLOW);
  return screen.getByRole('combobox', { name: 'Numeric dates' }) as HTMLSelectElement;
}

const orderHint = () => document.getElementById('tl-import-date-order-status')?.textContent;

describe('choosing "From the file" again after picking an order', () => {
  it('asks for the order when Import is pressed, instead of skipping every row as "date order unknown"', async () => {
    const order = await formWithFile();
    fireEvent.change(order, { target: { value: 'month-first' } });
    fireEvent.change(order, { target: { value: '' } });

    expect(orderHint()).toBe('Not settled by the first rows: the whole file is checked when you import.');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(document.querySelector('[data-date-order="asked"]')).toBeTruthy(), SLOW);
    expect(importReport()).toBeNull();
  });
});

describe('the order hint once the manager picked the order', () => {
  it('says the order is theirs, not "settled by the file"', async () => {
    const order = await formWithFile();

    fireEvent.change(order, { target: { value: 'day-first' } });

    expect(orderHint()).toBe('As you chose: dates that do not fit this order are reported, not imported.');
  });
});
