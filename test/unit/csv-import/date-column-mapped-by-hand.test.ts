import { describe, expect, it } from 'vitest';
import { remappedActivities, remappedDeals } from '../../../components/team/import/remapped-order';
import type { PreparedDealMapping } from '../../../lib/csv-import/deals/prepare';
import { retarget } from '../../../lib/csv-import/mapping';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';

/*
 * A date column the manager maps by hand (team-view.md step 3): its numeric dates' order is checked again
 * over the rows seen, from the order used for this account before, as for a detected column; an order the
 * manager chose stays. Before, the status worked out for the columns read before was kept.
 */
const HEADER = ['Subject', 'Assigned', 'Begins', 'Ends'];
const rowsWith = (begins: string[], ends: string[]) => [
  HEADER,
  ...begins.map((b, i) => ['Call', 'Dana', b, ends[i] ?? '']),
];
const AMBIGUOUS = ['03/04/2026', '05/06/2026'];
const ISO = ['2026-04-03', '2026-06-05'];

describe('an activity date column mapped by hand', () => {
  it('has its ambiguous numeric dates left to the scan, then to the manager', () => {
    const rows = rowsWith(AMBIGUOUS, ISO);
    const before = prepareMapping('salesforce', rows);
    expect(before.dateOrder).toBe('not-needed');
    const mapping = { ...before.mapping, targets: retarget(before.mapping.targets, 2, 'date') };
    const next = remappedActivities(before, mapping, before.dateOrder, undefined, rows.slice(1));
    expect(next.status).toBe('unsettled');
    expect(next.prepared.dateOrder).toBe('unsettled');
    expect(next.prepared.mapping.dayFirst).toBeUndefined();
  });

  it('starts from the order used for this account before', () => {
    const rows = rowsWith(AMBIGUOUS, ISO);
    const before = prepareMapping('salesforce', rows);
    const mapping = { ...before.mapping, targets: retarget(before.mapping.targets, 2, 'date') };
    const next = remappedActivities(before, mapping, before.dateOrder, true, rows.slice(1));
    expect(next).toMatchObject({ status: 'assumed', prepared: { mapping: { dayFirst: true } } });
  });

  it('takes the new column’s evidence, and drops the old column’s', () => {
    const rows = rowsWith(['25/03/2026', '05/06/2026'], ISO);
    const before = prepareMapping('salesforce', rows);
    const toBegins = { ...before.mapping, targets: retarget(before.mapping.targets, 2, 'date') };
    const begins = remappedActivities(before, toBegins, before.dateOrder, undefined, rows.slice(1));
    expect(begins).toMatchObject({ status: 'unsettled', prepared: { mapping: { dayFirst: true } } });

    const mapping = begins.prepared.mapping;
    const toEnds = { ...mapping, targets: retarget(mapping.targets, 3, 'date') };
    const ends = remappedActivities(begins.prepared, toEnds, begins.status, undefined, rows.slice(1));
    expect(ends.status).toBe('none-seen');
    expect(ends.prepared.mapping.dayFirst).toBeUndefined();
  });

  it('keeps the order the manager chose, renewing only the file’s own status', () => {
    const rows = rowsWith(AMBIGUOUS, ISO);
    const prepared = prepareMapping('salesforce', rows);
    const before = { ...prepared, mapping: { ...prepared.mapping, dayFirst: false } };
    const mapping = { ...before.mapping, targets: retarget(before.mapping.targets, 2, 'date') };
    const next = remappedActivities(before, mapping, 'settled', undefined, rows.slice(1));
    expect(next).toMatchObject({
      status: 'settled',
      prepared: { dateOrder: 'unsettled', mapping: { dayFirst: false } },
    });
  });

  it('checks nothing again when the date stays in its column', () => {
    const rows = rowsWith(AMBIGUOUS, ISO);
    const prepared = prepareMapping('salesforce', rows);
    const dated = remappedActivities(
      prepared,
      { ...prepared.mapping, targets: retarget(prepared.mapping.targets, 2, 'date') },
      prepared.dateOrder,
      undefined,
      rows.slice(1),
    );
    const mapping = { ...dated.prepared.mapping, targets: retarget(dated.prepared.mapping.targets, 1, 'ignore') };
    const next = remappedActivities(dated.prepared, mapping, 'asked', true, rows.slice(1));
    expect(next).toEqual({ prepared: { ...dated.prepared, mapping }, status: 'asked' });
  });
});

describe('a deal date column mapped by hand', () => {
  it('has its ambiguous numeric dates left to the scan, then to the manager', () => {
    const before: PreparedDealMapping = {
      mapping: {
        targets: ['dealId', 'name', 'stage', 'ignore'],
        stageColumns: ['Id', 'Name', 'Stage', 'Closes'].map((stage) => ({ stage })),
      },
      foldedHeaders: ['id', 'name', 'stage', 'closes'],
      dateOrder: 'not-needed',
    };
    const rows = [
      ['1', 'Acme', 'Demo', '03/04/2026'],
      ['2', 'Initech', 'Demo', '05/06/2026'],
    ];
    const mapping = { ...before.mapping, targets: [...before.mapping.targets.slice(0, 3), 'closeDate' as const] };
    const next = remappedDeals(before, mapping, 'not-needed', undefined, rows);
    expect(next).toMatchObject({ status: 'unsettled', prepared: { dateOrder: 'unsettled' } });
    expect(next.prepared.mapping.dayFirst).toBeUndefined();
    expect(remappedDeals(before, mapping, 'not-needed', false, rows).status).toBe('assumed');
  });
});
