// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
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

/** A Salesforce report exported "formatted" and saved as CSV from Excel: its title lines stay above the header. */
function withTitleLines(csv: string, padded: boolean): string {
  const lines = csv.trimEnd().split('\n');
  const pad = padded ? ','.repeat((lines[0] ?? '').split(',').length - 1) : '';
  const title = ['Tasks and Events: Dana’s team', '', 'Filtered By:', '  Date equals LAST 30 DAYS', ''];
  return [...title.map((line) => `${line}${pad}`), ...lines].join('\r\n');
}

async function importInForm(db: TouchlineDb, name: string, text: string): Promise<void> {
  render(<CsvImport openDb={() => Promise.resolve(db)} now={NOW} />);
  fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
  fireEvent.input(screen.getByRole('combobox', { name: 'Account' }), { target: { value: 'acme' } });
  chooseFile(name, text);
}

describe('an export saved again from Excel with the report’s title lines above its header', () => {
  for (const padded of [false, true]) {
    it(`reads the header under the title lines and imports every row (${padded ? 'lines padded with commas' : 'one cell per title line'})`, async () => {
      const db = await freshDb();
      await importInForm(db, 'tasks.csv', withTitleLines(fixture('salesforce-tasks-en.csv'), padded));

      await waitFor(() => expect(report()?.dataset.added).toBe('4'), SLOW);
      expect(report()?.dataset.invalid).toBe('0');
      expect(screen.queryByText(/single column/)).toBeNull();
      expect(await db.count('activities')).toBe(4);
    });
  }

  it('does the same for a deal export', async () => {
    const db = await freshDb();
    await importInForm(db, 'opps.csv', withTitleLines(fixture('salesforce-opportunities-en.csv'), true));

    await waitFor(() => expect(report()?.dataset.added).toBe('3'), SLOW);
    expect(report()?.dataset.kind).toBe('deals');
    expect(await db.count('deals')).toBe(3);
  });
});
