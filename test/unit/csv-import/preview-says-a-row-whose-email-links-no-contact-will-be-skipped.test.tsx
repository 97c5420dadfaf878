// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { cachedContact, freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/**
 * team-view.md step 2: the form shows "the first rows as they will be read, or why a row would be
 * skipped". A row whose only link is an email no cached contact of the account has is skipped by
 * the import ("no id, and no cached contact with this email"), but the preview showed it as an
 * ordinary read row, "With: pat@nowhere.example", exactly like the row that does link. Only a row
 * with no email at all is previewed as "will not be linked".
 */
describe('the import preview of a row whose email matches no cached contact', () => {
  it('says the row will not be linked, as the import then reports', async () => {
    const db = await freshDb();
    await db.put('contacts', cachedContact('pipedrive', 'acme', '11', 'jordan@example.com'));
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'pipedrive' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: 'acme' } });
    const csv = [
      'ID,Subject,Type,Due date,Due time,Done,Assigned to user,Contact person,Contact person email',
      '301,Intro call,Call,2026-11-18,14:30,Done,Dana Reyes,Jordan Lee,jordan@example.com',
      '305,Cold call,Call,2026-11-12,10:00,Done,Sam Ortiz,Pat Unknown,pat@nowhere.example',
    ].join('\n');
    chooseFile('activities.csv', csv);

    await waitFor(() => expect(importReport()?.dataset.unlinked).toBe('1'), SLOW);
    const preview = screen.getByRole('table', { name: 'First rows as they will be read' });
    const second = within(preview).getAllByRole('row')[2] as HTMLElement;
    expect(second.textContent).toMatch(/not be linked|Skipped/);
    // The report's own words, beside the row that links.
    expect(second.textContent).toContain('no id, and no cached contact with this email: pat@nowhere.example');
    expect(within(preview).getAllByRole('row')[1]?.textContent).toContain('jordan@example.com');
    expect(within(preview).getAllByRole('row')[1]?.textContent).not.toMatch(/not be linked/);
  });
});

/**
 * The same for a row older than the retention limit (Options → Keeping data; 400 days by default):
 * the import counts it too old and stores nothing, so the preview says so rather than show it as
 * an ordinary row.
 */
describe('the import preview of a row older than the retention limit', () => {
  it('says the row is too old to import, as the import then reports', async () => {
    const db = await freshDb();
    await db.put('contacts', cachedContact('pipedrive', 'acme', '11', 'jordan@example.com'));
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'pipedrive' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: 'acme' } });
    const csv = [
      'ID,Subject,Type,Due date,Due time,Done,Assigned to user,Contact person,Contact person email',
      '301,Intro call,Call,2026-11-18,14:30,Done,Dana Reyes,Jordan Lee,jordan@example.com',
      '302,Old call,Call,2024-03-05,09:00,Done,Dana Reyes,Jordan Lee,jordan@example.com',
    ].join('\n');
    chooseFile('activities.csv', csv);

    await waitFor(() => expect(importReport()?.dataset.tooOld).toBe('1'), SLOW);
    const rows = within(screen.getByRole('table', { name: 'First rows as they will be read' })).getAllByRole('row');
    expect(rows[2]?.textContent).toContain('older than the retention limit');
    expect(rows[1]?.textContent).not.toContain('older than the retention limit');
  });
});
