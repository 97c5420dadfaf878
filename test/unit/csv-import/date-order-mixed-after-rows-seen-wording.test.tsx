// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const orderHint = () => document.getElementById('tl-import-date-order-status');
/** The form asks for the order once the scan leaves it open (data-date-order "asked…"). */
const asked = () => waitFor(() => expect(document.querySelector('[data-date-order^="asked"]')).toBeTruthy(), SLOW);

async function formWith(name: string, text: string) {
  const db = await freshDb();
  render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
  fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
  fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), {
    target: { value: 'acme.lightning.force.com' },
  });
  chooseFile(name, text);
  return db;
}

/**
 * The form previews the header and 20 rows. A file whose previewed dates are not numeric (ISO
 * 2026-11-05), or numeric but open (03/04/2026), is scanned whole at import; when the later rows
 * print 25/03/2026 (day first) and 03/25/2026 (month first), the scan finds both orders and the
 * form asks for one. It said "Every numeric date in the file could be read either way", which is
 * false of 25/03/2026 and 03/25/2026: it must say the file prints both orders.
 */
describe('a file whose later rows print both orders of numeric dates', () => {
  it('(first rows not numeric) says the rows further down print both orders, not that every date reads either way', async () => {
    const lines = ['Subject,Assigned,Date,Contact ID'];
    for (let i = 1; i <= 20; i++) lines.push(`Call ${i},Dana,2026-11-${String(i).padStart(2, '0')},0035g00000AbCdE`);
    lines.push('Call 21,Dana,25/03/2026,0035g00000AbCdE', 'Call 22,Dana,03/25/2026,0035g00000AbCdE');
    const db = await formWith('report.csv', lines.join('\n'));
    await screen.findByText(/No date in the first rows is numeric/, {}, SLOW);

    await asked();
    expect(orderHint()?.textContent).not.toMatch(/either way/);
    expect(orderHint()?.textContent).toMatch(/both orders/);
    expect(document.querySelector('[data-date-order="asked-mixed"]')).toBeTruthy();
    expect(orderHint()?.getAttribute('role')).toBe('alert');
    expect(importReport()).toBeNull();
    expect(await db.count('activities')).toBe(0);

    // Import again without choosing: the form keeps saying what the file holds.
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Choose the order of the numeric dates, then import.', {}, SLOW);
    expect(document.querySelector('[data-date-order="asked-mixed"]')).toBeTruthy();
  });

  it('(first rows open, 03/04/2026) says the same once the whole file is scanned', async () => {
    const lines = ['Subject,Assigned,Date,Contact ID'];
    for (let i = 1; i <= 20; i++) lines.push(`Call ${i},Dana,0${(i % 9) + 1}/0${(i % 9) + 1}/2026,0035g00000AbCdE`);
    lines.push('Call 21,Dana,25/03/2026,0035g00000AbCdE', 'Call 22,Dana,03/25/2026,0035g00000AbCdE');
    await formWith('report.csv', lines.join('\n'));
    await screen.findByRole('table', { name: 'First rows as they will be read' }, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    await asked();
    expect(orderHint()?.textContent).not.toMatch(/either way/);
    expect(orderHint()?.textContent).toMatch(/both orders/);
  });

  it('(a deal export) says the same of its date columns', async () => {
    const lines = ['"Opportunity Owner","Opportunity Name","Stage","Close Date","Opportunity ID"'];
    for (let i = 1; i <= 20; i++)
      lines.push(
        `"Morgan Lee","Deal ${i}","Qualification","2026-12-${String(i).padStart(2, '0')}","0065g00000Q${1000 + i}"`,
      );
    lines.push(
      '"Morgan Lee","Deal 21","Qualification","25/12/2026","0065g00000Q2001"',
      '"Morgan Lee","Deal 22","Qualification","12/25/2026","0065g00000Q2002"',
    );
    const db = await formWith('deals.csv', lines.join('\n'));

    await asked();
    expect(orderHint()?.textContent).not.toMatch(/either way/);
    expect(orderHint()?.textContent).toMatch(/both orders/);
    expect(await db.count('deals')).toBe(0);
  });

  it('(control) a file whose later dates all read either way is still told so', async () => {
    const lines = ['Subject,Assigned,Date,Contact ID'];
    for (let i = 1; i <= 20; i++) lines.push(`Call ${i},Dana,2026-11-${String(i).padStart(2, '0')},0035g00000AbCdE`);
    lines.push('Call 21,Dana,03/04/2026,0035g00000AbCdE', 'Call 22,Dana,05/06/2026,0035g00000AbCdE');
    await formWith('report.csv', lines.join('\n'));

    await asked();
    expect(document.querySelector('[data-date-order="asked"]')).toBeTruthy();
    expect(orderHint()?.textContent).toMatch(/either way/);
  });
});
