// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { ImportReport } from '../../../components/team/import/ImportReport';
import { emptyReport } from '../../../lib/csv-import/report';
import type { TouchlineDb } from '../../../lib/db/schema';
import { fixture, freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);

beforeEach(() => fakeBrowser.reset());

const reportElement = () => importReport() as HTMLElement;

describe('ImportReport', () => {
  it('carries the contract counts and says why rows were skipped', () => {
    const report = {
      ...emptyReport(),
      rows: 9,
      added: 5,
      existing: 2,
      invalid: 1,
      unlinked: 1,
      problems: [{ row: 4, reason: 'date not read: "soon"' }],
      unlinkedRows: [{ row: 7, reason: 'no id, and no cached contact with this email: pat@x.example' }],
    };
    render(<ImportReport report={report} />);
    const section = reportElement();
    expect([
      section.dataset.added,
      section.dataset.existing,
      section.dataset.invalid,
      section.dataset.unlinked,
    ]).toEqual(['5', '2', '1', '1']);
    expect(section.textContent).toContain('9 rows: 5 added, 2 already there, 1 invalid, 1 not linked');
    expect(within(section).getByText('Row 4: date not read: "soon"')).toBeTruthy();
    expect(within(section).getByText(/Row 7: no id/)).toBeTruthy();
  });

  it('says plainly that nothing was imported when the file cannot be read', () => {
    render(<ImportReport report={{ ...emptyReport(), error: 'No column holds the activity date.' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Nothing was imported: No column holds the activity date.');
    expect(reportElement().dataset.added).toBe('0');
  });

  it('says from which row on a file could not be read, beside what it imported', () => {
    const unreadableFrom = { row: 2, reason: 'a quote in this row is never closed' };
    render(<ImportReport report={{ ...emptyReport(), rows: 2, added: 1, invalid: 1, unreadableFrom }} />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Stopped at row 2: a quote in this row is never closed\..*import it again/,
    );
    expect(reportElement().textContent).toContain('2 rows: 1 added');
  });

  it('lists rows of a type no rule knows, imported as tasks, so the manager sees they count as no touch', () => {
    const readAsTaskRows = [{ row: 2, reason: 'read as a task: type "Site survey" not known' }];
    render(<ImportReport report={{ ...emptyReport(), rows: 3, added: 3, readAsTask: 1, readAsTaskRows }} />);
    expect(reportElement().textContent).toContain('1 of a type not known, kept as tasks (no touch).');
    const list = screen.getByRole('heading', { name: /type not known/ }).nextElementSibling;
    expect(list?.textContent).toBe('Row 2: read as a task: type "Site survey" not known');
  });
});

describe('CsvImport', () => {
  it('detects the columns of a chosen export and imports it at once when nothing needs asking; importing again adds nothing', async () => {
    const db = await freshDb();
    const openDb = (): Promise<TouchlineDb> => Promise.resolve(db);
    const onImported = vi.fn();
    render(<CsvImport openDb={openDb} now={() => new Date('2026-11-20T15:00:00Z')} onImported={onImported} />);

    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });
    chooseFile('calls.csv', fixture('hubspot-calls-en.csv'));

    await waitFor(() => expect(reportElement()?.dataset.added).toBe('4'), SLOW);
    expect(await db.count('activities')).toBe(4);
    expect(onImported).toHaveBeenCalledTimes(1);
    const dateSelect = screen.getByRole('combobox', { name: 'Read column “Activity date” as' }) as HTMLSelectElement;
    expect(dateSelect.value).toBe('date');
    const preview = screen.getByRole('table', { name: 'First rows as they will be read' });
    expect(within(preview).getAllByRole('row')).toHaveLength(5);
    expect(preview.textContent).toContain('Discovery call');

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(reportElement().dataset.existing).toBe('4'), SLOW);
    expect(reportElement().dataset.added).toBe('0');
    expect(await db.count('activities')).toBe(4);
  });

  it('asks for the order of numeric dates the whole file leaves open, and imports nothing until it is chosen', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), {
      target: { value: 'acme.lightning.force.com' },
    });
    const text =
      'Subject,Assigned,Date,Contact ID\nCall,Dana,03/04/2026,0035g00000AbCdE\nCall,Dana,05/06/2026,0035g00000AbCdE\n';
    chooseFile('report.csv', text);
    await screen.findByRole('table', { name: 'First rows as they will be read' });

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(document.querySelector('[data-date-order="asked"]')).toBeTruthy(), SLOW);
    expect(reportElement()).toBeNull();
    expect(await db.count('activities')).toBe(0);

    fireEvent.change(screen.getByRole('combobox', { name: 'Numeric dates' }), { target: { value: 'month-first' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(reportElement()?.dataset.added).toBe('2'), SLOW);
    const stamps = (await db.getAll('activities')).map((a) => a.timestamp?.slice(0, 10)).sort();
    expect(stamps[1]?.slice(0, 7)).toBe('2026-05');
  });

  it('stops at Cancel and reports how far it got; what was written stays', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });
    const lines = ['Record ID,Call title,Activity date,Associated Contact IDs'];
    for (let i = 1; i <= 20_000; i++) lines.push(`${i},Call ${i},2026-11-18 14:30,${500 + (i % 50)}`);
    chooseFile('big.csv', lines.join('\n'));

    // No date in the first rows is numeric: the whole column is checked first, then the rows are written.
    await screen.findByText('Importing', { selector: '.tl-label' }, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(reportElement()?.dataset.cancelled).toBe('true'), SLOW);
    const added = Number(reportElement().dataset.added);
    expect(added).toBeLessThan(20_000);
    expect(await db.count('activities')).toBe(added);
    expect(reportElement().textContent).toContain('importing the file again adds the rest once');
  });
});
