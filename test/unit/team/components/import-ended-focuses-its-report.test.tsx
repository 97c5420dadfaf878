// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../../components/team/import/CsvImport';
import { freshDb } from '../../csv-import/import-fixture';
import { chooseFile, importReport, SLOW } from '../../csv-import/import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const CALLS = [
  'Record ID,Call title,Activity date,Activity assigned to,Call direction,Call outcome,Associated Contact IDs',
  '77001,Intro call,2026-11-16 10:00,Priya Shah,Outbound,Connected,610',
  '77002,Second try,2026-11-18 16:20,Priya Shah,Outbound,No answer,610',
].join('\n');

/*
 * A file that needs nothing asked is imported as soon as it is chosen, with focus still on the file input.
 * The report is drawn with its words: a live region drawn with them says nothing, so the import ends
 * by taking focus to the report, which a screen reader then reads by its name and summary.
 */
it('an import that runs at once on choosing the file ends with focus on its report, described by its summary', async () => {
  const db = await freshDb();
  render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
  fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: '4410982' } });
  (document.querySelector('input[type=file][data-action="import-csv"]') as HTMLElement).focus();
  chooseFile('calls.csv', CALLS);

  await waitFor(() => expect(importReport()?.dataset.added).toBe('2'), SLOW);
  const report = importReport() as HTMLElement;
  expect(document.activeElement).toBe(report);
  const summary = document.getElementById(report.getAttribute('aria-describedby') ?? '');
  expect(summary?.textContent).toContain('2 added, 0 already there');
});
