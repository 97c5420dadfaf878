import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../lib/adapters/hubspot/index';
import { pipedrive } from '../../../lib/adapters/pipedrive/index';
import { salesforce } from '../../../lib/adapters/salesforce/index';
import { recordUrl, recordUrlOfKey } from '../../../lib/team/record-url';

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

describe('recordUrl: Salesforce leads, which Touchline keeps as contacts', () => {
  it('links a lead (00Q) under Lead, a page the adapter reads as the same contact', () => {
    const url = recordUrl('salesforce', 'acme.lightning.force.com', 'contact', '00QHs00000AbCdEFGH');
    expect(url).toBe('https://acme.lightning.force.com/lightning/r/Lead/00QHs00000AbCdEFGH/view');
    expect(salesforce.detect(new URL(url))).toEqual({
      crm: 'salesforce',
      tenant: 'acme.lightning.force.com',
      kind: 'contact',
      recordId: '00QHs00000AbCdEFGH',
    });
  });
});

describe('recordUrlOfKey: a record known only by the key its activities name', () => {
  it('builds the same link as recordUrl from the key’s parts', () => {
    expect(recordUrlOfKey('hubspot:123:contact:501')).toBe(recordUrl('hubspot', '123', 'contact', '501'));
    expect(recordUrlOfKey('pipedrive:acme:deal:77')).toBe('https://acme.pipedrive.com/deal/77');
  });

  it('gives no link for a key of another shape', () => {
    expect(recordUrlOfKey('zoho:1:contact:2')).toBeUndefined();
    expect(recordUrlOfKey('hubspot:123:company:9')).toBeUndefined();
    expect(recordUrlOfKey('hubspot:123:contact')).toBeUndefined();
  });
});
