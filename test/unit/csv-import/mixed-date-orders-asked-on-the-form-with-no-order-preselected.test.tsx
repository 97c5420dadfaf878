// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { saveMapping } from '../../../lib/csv-import/mapping-store';
import { freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/**
 * team-view.md step 3: "A file that mixes both orders is imported in the order you choose". The
 * account's previous export was day first, so the form first shows "Day first" (assumed); once the
 * whole file shows both orders, the form asks, and the select must not keep the assumed order as if
 * chosen: a second click on Import would have imported the file day first without a choice.
 */
const TENANT = 'acme.lightning.force.com';
const HEADER = 'Subject,Assigned,Date,Status,Task Subtype,Call Type,Contact ID,Activity ID';
const row = (date: string, n: number) =>
  `Call ${n},Dana Reyes,${date},Completed,Call,Outbound,0035g00000AbCdE,00T5g00000T${String(n).padStart(4, '0')}`;
const ambiguous = Array.from({ length: 25 }, (_, i) => row(`0${(i % 9) + 1}/11/2026`, 10 + i));

describe('the import form for a mixed file, with an order used before for the account', () => {
  it('asks for the order with none selected, and asks again until one is chosen', async () => {
    await saveMapping('salesforce', TENANT, { columns: {}, dayFirst: true });
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: TENANT } });
    chooseFile('report.csv', [HEADER, ...ambiguous, row('25/10/2026', 1), row('11/18/2026', 99)].join('\n'));

    await waitFor(() => expect(document.querySelector('[data-date-order="asked-mixed"]')).toBeTruthy(), SLOW);
    const order = () => screen.getByRole('combobox', { name: 'Numeric dates' }) as HTMLSelectElement;
    expect(order().value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Choose the order of the numeric dates, then import.', {}, SLOW);
    expect(importReport()).toBeNull();
    expect(await db.count('activities')).toBe(0);

    fireEvent.change(order(), { target: { value: 'month-first' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(importReport()?.dataset.added).toBe('26'), SLOW);
    // "25/10/2026" does not fit the order chosen: reported, not imported.
    expect(importReport()?.dataset.invalid).toBe('1');
  });
});
