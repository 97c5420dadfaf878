// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportReport } from '../../../components/team/import/ImportReport';
import { importDeals } from './deal-fixture';
import { fixture, freshDb } from './import-fixture';

afterEach(cleanup);

/** The items listed under a heading of the report (RowList: an h4, then its ul). */
function listedUnder(heading: string): string[] {
  const h4 = [...document.querySelectorAll('[data-import-report] h4')].find((h) => h.textContent === heading);
  const list = h4?.nextElementSibling;
  return list ? [...list.querySelectorAll('li')].map((li) => li.textContent ?? '') : [];
}

/*
 * hubspot-deals-en.csv: row 5 has no deal id (invalid, not imported); row 6's "Date entered Qualified to buy"
 * reads "soon", so deal 9006 IS imported, without that date. It is noted apart (report.notedRows, "Imported with
 * a note"): listed under "Invalid rows (not imported)", as it was, it told the manager an imported deal was not
 * imported, beside data-invalid="1" and "5 new deals".
 */
describe('the report of a deal export with one deal imported without an unreadable date', () => {
  it('does not list the imported deal among the invalid rows not imported', async () => {
    const db = await freshDb();
    const report = await importDeals(db, 'hubspot', '123', fixture('hubspot-deals-en.csv'));
    expect(report).toMatchObject({ added: 5, invalid: 1 });
    render(<ImportReport report={report} kind="deals" />);

    const notImported = listedUnder('Invalid rows (not imported)');
    expect(notImported).toEqual(['Row 5: no deal id']);
    expect(listedUnder('Imported with a note')).toEqual([
      'Row 6: imported without the date Qualified to buy was entered (unreadable date: "soon")',
    ]);
    const shown = document.querySelector('[data-import-report]') as HTMLElement;
    expect(shown.dataset).toMatchObject({ added: '5', invalid: '1', noted: '1' });
    expect(shown.textContent).toContain('1 invalid; 1 imported with a note');
  });
});
