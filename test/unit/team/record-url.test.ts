import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../lib/adapters/hubspot/index';
import { pipedrive } from '../../../lib/adapters/pipedrive/index';
import { salesforce } from '../../../lib/adapters/salesforce/index';
import { recordUrl } from '../../../lib/team/record-url';

describe('recordUrl: the deal and contact links of the team page', () => {
  it.each([
    [hubspot, 'hubspot', '4410982', '5101', '901'],
    [salesforce, 'salesforce', 'acme.lightning.force.com', '006Hs00000AbCdEFGH', '003Hs00000AbCdEFGH'],
    [pipedrive, 'pipedrive', 'acme', '77', '12'],
  ] as const)('are pages the %s adapter reads as the same record', (adapter, crm, tenant, dealId, contactId) => {
    for (const [kind, id] of [
      ['deal', dealId],
      ['contact', contactId],
    ] as const) {
      const url = new URL(recordUrl(crm, tenant, kind, id));
      expect(adapter.detect(url)).toEqual({ crm, tenant, kind, recordId: id });
    }
  });
});
