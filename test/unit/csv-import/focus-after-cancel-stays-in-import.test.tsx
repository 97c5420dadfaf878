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
 * A keyboard user stops a long import with Cancel (Tab to it, Enter). The Cancel button is drawn only while
 * the import runs (CsvImport.tsx: `busy ? <ImportProgress …/>`), so when the import stops it is removed with
 * focus on it. Focus goes to the report that just appeared; it fell back to the document's body, and the next
 * Tab started again from the top of the page (above the filters).
 */
describe('focus after Cancel', () => {
  it('stays in the import section, not on the page body', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });
    const lines = ['Record ID,Call title,Activity date,Associated Contact IDs'];
    for (let i = 1; i <= 20_000; i++) lines.push(`${i},Call ${i},2026-11-18 14:30,${500 + (i % 50)}`);
    chooseFile('big.csv', lines.join('\n'));

    // No date in the first rows is numeric: the whole column is checked first, then the rows are written.
    await screen.findByText('Importing', { selector: '.tl-label' }, SLOW);
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    await waitFor(() => expect(importReport()?.dataset.cancelled).toBe('true'), SLOW);

    const section = screen.getByRole('region', { name: 'Import a CRM export' });
    expect(document.activeElement).not.toBe(document.body);
    expect(section.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(importReport());
  });
});
