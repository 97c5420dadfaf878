// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import type { TouchlineDb } from '../../../lib/db/schema';
import { fixture, freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const NOW = () => new Date('2026-11-20T15:00:00Z');
const report = importReport;

describe('CsvImport with a deal export', () => {
  it('recognises the deal export, previews its deals, imports them, and adds nothing the second time', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={(): Promise<TouchlineDb> => Promise.resolve(db)} now={NOW} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });

    chooseFile('deals.csv', fixture('hubspot-deals-en.csv'));

    await waitFor(() => expect(report()?.dataset.added).toBe('5'), SLOW);
    expect(report()?.dataset).toMatchObject({ kind: 'deals', existing: '0', invalid: '1' });
    expect(within(report() as HTMLElement).getByText('Row 5: no deal id')).toBeTruthy();
    expect(await db.count('deals')).toBe(5);
    const stage = screen.getByRole('combobox', { name: 'Read column “Deal Stage” as' }) as HTMLSelectElement;
    expect(stage.value).toBe('stage');
    const preview = screen.getByRole('table', { name: 'First deals as they will be read' });
    const first = within(preview).getAllByRole('row')[1] as HTMLElement;
    expect(first.textContent).toContain('Acme expansion');
    expect(first.textContent).toContain('Qualified to buy');
    expect(first.textContent).toContain('Dana Reyes');

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(report()?.dataset.existing).toBe('5'), SLOW);
    expect(report()?.dataset.added).toBe('0');
  });

  it('picks Salesforce from an opportunities report, and says a deal export without a stage column imports nothing', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={(): Promise<TouchlineDb> => Promise.resolve(db)} now={NOW} />);

    chooseFile('opps.csv', fixture('salesforce-opportunities-en.csv'));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'CRM' })).toHaveProperty('value', 'salesforce'));
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: 'acme' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await waitFor(() => expect(report()?.dataset.added).toBe('3'), SLOW);

    chooseFile('no-stage.csv', '"Opportunity ID","Opportunity Name","Amount"\n"0065g00000QrStX","Acme","10"\n');
    const owner = 'Read column “Opportunity Owner” as';
    await waitFor(() => expect(screen.queryByRole('combobox', { name: owner })).toBeNull());
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('No column holds the deal stage.'));
    expect(await db.count('deals')).toBe(3);
  });

  it('imports nothing from a file of one column, and says which character seems to separate its columns', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={(): Promise<TouchlineDb> => Promise.resolve(db)} now={NOW} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });

    chooseFile('deals.csv', 'Record ID~Deal Name~Deal Stage\n9001~Acme expansion~Qualified to buy\n');

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('separated by “~”'));
    expect(report()).toBeNull();
    expect(await db.count('deals')).toBe(0);
  });
});
