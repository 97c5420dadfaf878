import { describe, expect, it } from 'vitest';
import { exportKind, likelyDealCrm } from '../../../lib/csv-import/deals/detect';
import { prepareDealMapping } from '../../../lib/csv-import/deals/prepare';
import { stageColumnOf } from '../../../lib/csv-import/deals/stage-columns';
import { delimiterProblem } from '../../../lib/csv-import/delimiter';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { fixture } from './import-fixture';

const headersOf = async (name: string) => (await previewCsv(fixture(name), 1))[0] ?? [];

describe('telling a deal export from an activity export', () => {
  it.each([
    ['hubspot-deals-en.csv', 'hubspot'],
    ['salesforce-opportunities-de.csv', 'salesforce'],
    ['salesforce-opportunities-en.csv', 'salesforce'],
    ['pipedrive-deals-en.csv', 'pipedrive'],
  ] as const)('%s is a %s deal export', async (name, crm) => {
    const headers = await headersOf(name);
    expect(likelyDealCrm(headers)).toBe(crm);
    expect(exportKind(crm, headers)).toBe('deals');
  });

  it.each([
    ['hubspot-calls-en.csv', 'hubspot'],
    ['salesforce-tasks-en.csv', 'salesforce'],
    ['salesforce-tasks-de.csv', 'salesforce'],
    ['pipedrive-activities-en.csv', 'pipedrive'],
    ['pipedrive-activities-de.csv', 'pipedrive'],
  ] as const)('%s (activities naming their deal) stays an activity export', async (name, crm) => {
    expect(exportKind(crm, await headersOf(name))).toBe('activities');
  });

  it.each([
    ['hubspot-calls-en.csv', 'hubspot', 'Activity date'],
    ['salesforce-tasks-en.csv', 'salesforce', 'Date'],
    ['pipedrive-activities-en.csv', 'pipedrive', 'Due date'],
  ] as const)(
    '%s (%s) without its "%s" column stays an activity export (its date is what is missing)',
    async (name, crm, date) => {
      const headers = (await headersOf(name)).filter((h) => h !== date);
      expect(exportKind(crm, headers)).toBe('activities');
    },
  );
});

describe('the deal mapping', () => {
  it('maps the HubSpot columns and reads each entry column as its stage and pipeline', async () => {
    const rows = await previewCsv(fixture('hubspot-deals-en.csv'), 21);
    const { mapping, dateOrder } = prepareDealMapping('hubspot', rows);

    expect(mapping.targets).toEqual([
      'dealId',
      'name',
      'stage',
      'pipeline',
      'amount',
      'closeDate',
      'owner',
      'createdAt',
      'stageEntered',
      'stageEntered',
      'stageEntered',
      'ignore',
      'stageEntered',
    ]);
    expect(mapping.stageColumns[9]).toEqual({ stage: 'Qualified to buy', pipeline: 'Sales Pipeline' });
    // No numeric date in the rows seen: every date column is scanned at import (date-order-numeric-only-after-rows-seen.test.ts).
    expect(dateOrder).toBe('none-seen');
  });

  it("takes numeric dates' order from every date column together (until the whole file is scanned)", async () => {
    const rows = await previewCsv(fixture('salesforce-opportunities-en.csv'), 21);
    expect(prepareDealMapping('salesforce', rows)).toMatchObject({
      mapping: { dayFirst: false },
      dateOrder: 'unsettled',
    });
  });

  it('names the stage of a "Date entered" header with or without quotes and pipeline', () => {
    expect(stageColumnOf('Date entered "Closed won (Sales Pipeline)"', ['Date entered'])).toEqual({
      stage: 'Closed won',
      pipeline: 'Sales Pipeline',
    });
    expect(stageColumnOf('Date entered Qualified', ['Date entered'])).toEqual({ stage: 'Qualified' });
    expect(stageColumnOf('Date exited "Qualified"', ['Date entered'])).toBeUndefined();
  });
});

describe('a file whose columns are not separated by a delimiter Touchline reads', () => {
  it('says so, naming the character that seems to separate them', async () => {
    const text = 'Record ID~Deal Name~Deal Stage\n9001~Acme~Qualified to buy\n';
    const [header = []] = await previewCsv(text, 2);
    expect(delimiterProblem(header)).toBe(
      'The file has a single column: its columns seem to be separated by “~”; export it again as CSV separated by commas, semicolons or tabs.',
    );
    expect(delimiterProblem(['Record ID', 'Deal Name'])).toBeUndefined();
  });
});
