// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { saveMapping } from '../../../lib/csv-import/mapping-store';
import { freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/**
 * team-view.md step 2: the form shows "the first rows as they will be read". The account's previous
 * export was day first, so this file's ambiguous first rows are previewed day first ("assumed") and
 * the import starts by itself; the scan of the whole column then finds "11/18/2026" (month first)
 * and imports every row month first, which is right. But the form is never told: after the import
 * the preview still shows "10/11/2026" as 10 Nov (it was stored as 11 Oct) and the "Numeric dates"
 * select still says "Day first", beside a report of what was imported month first.
 */
const TENANT = 'acme.lightning.force.com';
const HEADER = 'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID';
const row = (date: string, n: number) =>
  `Call ${n},Dana Reyes,${date},Completed,Call,Outbound,0035g00000AbCdE,00T5g00000T${String(n).padStart(4, '0')}`;

describe('the import form after the whole file settled the dates the other way than assumed', () => {
  it('previews the rows in the order they were imported in', async () => {
    await saveMapping('salesforce', TENANT, { columns: {}, dayFirst: true });
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: TENANT } });
    const rows = Array.from({ length: 25 }, (_, i) => row(i % 2 ? '11/10/2026' : '10/11/2026', 10 + i));
    chooseFile('report.csv', [HEADER, ...rows, row('11/18/2026', 99)].join('\n'));

    await waitFor(() => expect(importReport()?.dataset.added).toBe('26'), SLOW);
    const stored = (await db.getAll('activities')).find((a) => a.title === 'Call 10');
    expect(stored?.printedOn).toBe('2026-10-11');

    const preview = screen.getByRole('table', { name: 'First rows as they will be read' });
    const first = within(preview).getAllByRole('row')[1] as HTMLElement;
    expect(first.textContent).toContain('Oct 11, 2026');
    const order = screen.getByRole('combobox', { name: 'Numeric dates' }) as HTMLSelectElement;
    expect(order.value).toBe('month-first');
    expect(document.querySelector('[data-date-order="scanned"]')?.textContent).toMatch(/prints the month first/);
  });
});
