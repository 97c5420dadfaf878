// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { fixture, freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/*
 * docs/team-view.md, import step 4: "When nothing needs asking the import starts as soon as the file is
 * chosen". A manager imports the calls export, then another export of the same portal: the second starts by
 * itself too. The auto-start waited for `phase === 'idle'` (use-csv-import.ts), and after an import the phase
 * stays 'done', so the second file showed its mapping and preview and nothing was imported until Import.
 */
describe('a second export chosen after an import', () => {
  it('is imported as soon as it is chosen, as the first was', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });
    chooseFile('calls.csv', fixture('hubspot-calls-en.csv'));
    await waitFor(() => expect(importReport()?.dataset.added).toBe('4'), SLOW);

    chooseFile(
      'more-calls.csv',
      'Record ID,Call title,Activity date,Associated Contact IDs\n91001,Pricing call,2026-11-18 10:00,501\n',
    );
    await screen.findByRole('table', { name: 'First rows as they will be read' }, SLOW);
    await waitFor(() => expect(importReport()?.dataset.added).toBe('1'), SLOW);
    expect(await db.count('activities')).toBe(5);
  });
});
