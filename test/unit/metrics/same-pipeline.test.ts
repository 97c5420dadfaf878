import { describe, expect, it } from 'vitest';
import { samePipelineDeals } from '../../../lib/metrics/same-pipeline';
import { deal } from './builders';

describe('samePipelineDeals', () => {
  const sales = deal({ pipeline: 'Sales pipeline' });
  const sibling = deal({ pipeline: 'Sales pipeline' });
  const renewals = deal({ pipeline: 'Renewals' });
  const unknownPipeline = deal({ pipeline: undefined });
  const alsoUnknown = deal({ pipeline: undefined });
  const otherPortal = deal({ tenant: '9920001', pipeline: 'Sales pipeline' });
  const otherCrm = deal({ crm: 'pipedrive', pipeline: 'Sales pipeline' });
  const all = [sales, sibling, renewals, unknownPipeline, alsoUnknown, otherPortal, otherCrm];

  it('compares a deal only with deals of the same CRM account and pipeline', () => {
    expect(samePipelineDeals(sales, all)).toEqual([sales, sibling]);
  });

  it('keeps deals whose pipeline is unknown out of a known pipeline’s comparison', () => {
    expect(samePipelineDeals(renewals, all)).toEqual([renewals]);
  });

  it('compares a deal whose pipeline is unknown only with other deals whose pipeline is unknown', () => {
    expect(samePipelineDeals(unknownPipeline, all)).toEqual([unknownPipeline, alsoUnknown]);
  });
});
