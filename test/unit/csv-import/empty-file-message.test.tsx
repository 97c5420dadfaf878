// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import { freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

/**
 * An export that came down empty (0 bytes, or only Excel's byte-order mark and line breaks) has
 * no header and no rows: no mapping, no Import button, no report. The form says why.
 */
describe.each([
  ['an empty file', ''],
  ['a file of only a byte-order mark and blank lines', '\uFEFF\r\n\r\n'],
])('dropping %s', (_, text) => {
  it('says the file has no rows to import', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '123' } });

    chooseFile('export.csv', text);

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toBe('The file is empty: it has no rows to import.');
    expect(screen.getByText('Chosen: export.csv')).toBeTruthy();
    expect(importReport()).toBeNull();
  });
});
