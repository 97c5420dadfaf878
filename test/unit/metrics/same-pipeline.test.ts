import { describe, expect, it } from 'vitest';
import { samePipelineDeals } from '../../../lib/metrics/same-pipeline';
import { deal } from './builders';

describe('samePipelineDeals', () => {
  it('compares a deal only with deals of the same account and pipeline', () => {
    const viewed = deal({ pipeline: 'Sales pipeline' });
    const sibling = deal({ pipeline: 'Sales pipeline' });
    const renewals = deal({ pipeline: 'Renewals' });
    const unknownPipeline = deal({ pipeline: undefined });
    const otherPortal = deal({ tenant: '9920001', pipeline: 'Sales pipeline' });
    expect(samePipelineDeals(viewed, [viewed, sibling, renewals, unknownPipeline, otherPortal])).toEqual([
      viewed,
      sibling,
      unknownPipeline,
    ]);
  });
});
