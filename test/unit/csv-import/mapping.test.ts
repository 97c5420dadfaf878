import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toSaved } from '../../../lib/csv-import/mapping';
import { loadMapping, saveMapping } from '../../../lib/csv-import/mapping-store';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';

const header = ['Subject', 'Assigned', 'Date', 'Priority'];

describe('column mapping', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is remembered per CRM account and wins over detection for the same headers in any order', async () => {
    const first = prepareMapping('salesforce', [header]);
    expect(first.mapping.targets).toEqual(['subject', 'owner', 'date', 'ignore']);
    const edited = {
      ...first.mapping,
      targets: [...first.mapping.targets.slice(0, 3), 'type' as const],
      dayFirst: true,
    };
    await saveMapping('salesforce', 'acme.lightning.force.com', toSaved(first.foldedHeaders, edited));

    const saved = await loadMapping('salesforce', 'acme.lightning.force.com');
    const reordered = prepareMapping(
      'salesforce',
      [
        ['Priority', 'Date', 'Subject', 'Assigned'],
        ['Call', '03/04/2026'],
      ],
      saved,
    );

    expect(reordered.mapping.targets).toEqual(['type', 'date', 'subject', 'owner']);
    expect(reordered.mapping.dayFirst).toBe(true);
    expect(await loadMapping('salesforce', 'other.lightning.force.com')).toBeUndefined();
  });

  it('settles the date order from the rows seen, else leaves it to the whole column and the user', () => {
    const rows = (dates: string[]) => [header, ...dates.map((d) => ['Call', 'Dana', d, ''])];
    expect(prepareMapping('salesforce', rows(['03/04/2026', '11/18/2026'])).mapping.dayFirst).toBe(false);
    expect(prepareMapping('salesforce', rows(['03/04/2026', '18/11/2026'])).mapping.dayFirst).toBe(true);
    const unsettled = prepareMapping('salesforce', rows(['03/04/2026', '05/06/2026']));
    expect(unsettled.dateOrder).toBe('unsettled');
    expect(unsettled.mapping.dayFirst).toBeUndefined();
    // No numeric date in the rows seen says nothing of the rows further down: the whole column is scanned.
    expect(prepareMapping('salesforce', rows(['2026-11-18'])).dateOrder).toBe('none-seen');
  });

  it('takes the order from a German header row when the dates themselves do not settle it', () => {
    const german = [
      ['Betreff', 'Zugewiesen', 'Datum'],
      ['Anruf', 'Dana', '03/04/2026'],
    ];
    expect(prepareMapping('salesforce', german)).toMatchObject({ dateOrder: 'assumed', mapping: { dayFirst: true } });
  });
});
