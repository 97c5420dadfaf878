import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toSavedDeal } from '../../../lib/csv-import/deals/mapping';
import { prepareDealMapping } from '../../../lib/csv-import/deals/prepare';
import { toSaved } from '../../../lib/csv-import/mapping';
import { loadMapping, saveMapping } from '../../../lib/csv-import/mapping-store';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { runImport } from '../../../lib/csv-import/run-import';
import { CLOCK, dump, freshDb } from './import-fixture';

/**
 * withSaved's doc: "The mapping remembered for this account wins over detection, column by column";
 * team-view.md step 2: the mapping is remembered per account so the next export maps the same way.
 * A manager mapped the report's "Call Date" column to the date by hand (Touchline does not know that
 * header). The next export of the same report also carries the standard "Due Date" column, which
 * detection maps to the date: placed before "Call Date", it took the field, and the remembered
 * "Call Date" became "Not imported". The import (which starts by itself when nothing needs asking)
 * then stored every call on its due date instead of the day the manager chose.
 */
const TENANT = 'acme.lightning.force.com';

describe('a mapping remembered for the account, then an export with a column added', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the date in the column the manager chose, not in a newly added column detection knows', async () => {
    const firstHeader = ['Subject', 'Assigned', 'Call Date', 'Status', 'Task Subtype', 'Contact ID', 'Activity ID'];
    const first = prepareMapping('salesforce', [firstHeader]);
    expect(first.mapping.targets[2]).toBe('ignore');
    // The manager picks "Date" for "Call Date" in the table; the mapping is saved when importing.
    const chosen = { ...first.mapping, targets: first.mapping.targets.map((t, i) => (i === 2 ? 'date' : t)) };
    await saveMapping('salesforce', TENANT, toSaved(first.foldedHeaders, chosen));

    const nextHeader = [
      'Subject',
      'Assigned',
      'Due Date',
      'Call Date',
      'Status',
      'Task Subtype',
      'Contact ID',
      'Activity ID',
    ];
    const row = [
      'Call',
      'Dana Reyes',
      '11/30/2026',
      '11/18/2026',
      'Completed',
      'Call',
      '0035g00000AbCdE',
      '00T5g00000Task1',
    ];
    const saved = await loadMapping('salesforce', TENANT);
    const next = prepareMapping('salesforce', [nextHeader, row], saved);

    expect(next.mapping.targets[3]).toBe('date');
    expect(next.mapping.targets[2]).toBe('ignore');

    const db = await freshDb();
    const text = [nextHeader, row].map((cells) => cells.join(',')).join('\n');
    await runImport({ db, crm: 'salesforce', tenant: TENANT, input: text, mapping: next.mapping, clock: CLOCK });
    // "11/18/2026" read in Berlin (CLOCK): the call's day, not the due date 30 Nov.
    expect((await dump(db))[0]?.printedOn).toBe('2026-11-18');
  });
});

/**
 * The same for a deal export, whose mapping is remembered per account beside the activity mapping
 * (team-view.md): a report's own "Signed On" column mapped by hand to the close date keeps it when
 * the next export adds the standard "Close Date" before it.
 */
describe('a deal mapping remembered for the account, then an export with a column added', () => {
  it('keeps the close date in the column the manager chose', () => {
    const first = prepareDealMapping('salesforce', [['Opportunity Name', 'Stage', 'Signed On', 'Opportunity ID']]);
    expect(first.mapping.targets[2]).toBe('ignore');
    const chosen = { ...first.mapping, targets: first.mapping.targets.map((t, i) => (i === 2 ? 'closeDate' : t)) };
    const saved = toSavedDeal(first.foldedHeaders, chosen);

    const nextHeader = ['Opportunity Name', 'Stage', 'Close Date', 'Signed On', 'Opportunity ID'];
    expect(prepareDealMapping('salesforce', [nextHeader], saved).mapping.targets).toEqual([
      'name',
      'stage',
      'ignore',
      'closeDate',
      'dealId',
    ]);
  });

  it('(control) keeps a new stage entry column beside a remembered one: many columns hold those dates', () => {
    const won = 'Date entered "Won (Sales Pipeline)"';
    const first = prepareDealMapping('hubspot', [
      ['Record ID', 'Deal Stage', 'Date entered "Qualified (Sales Pipeline)"'],
    ]);
    const saved = toSavedDeal(first.foldedHeaders, first.mapping);
    const next = prepareDealMapping(
      'hubspot',
      [['Record ID', 'Deal Stage', won, 'Date entered "Qualified (Sales Pipeline)"']],
      saved,
    );
    expect(next.mapping.targets).toEqual(['dealId', 'stage', 'stageEntered', 'stageEntered']);
  });
});
