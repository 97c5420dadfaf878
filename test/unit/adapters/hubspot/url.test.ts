import { describe, expect, it } from 'vitest';
import { hubspot } from '../../../../lib/adapters/hubspot/index';

const ref = (kind: 'contact' | 'deal', tenant: string, recordId: string) => ({
  crm: 'hubspot',
  kind,
  tenant,
  recordId,
});

describe('HubSpot URL detection', () => {
  it.each([
    ['https://app.hubspot.com/contacts/2451908/record/0-1/901', ref('contact', '2451908', '901')],
    ['https://app.hubspot.com/contacts/2451908/record/0-1/901/', ref('contact', '2451908', '901')],
    ['https://app.hubspot.com/contacts/2451908/record/0-1/901/view/1?tab=activities', ref('contact', '2451908', '901')],
    ['https://app.hubspot.com/contacts/2451908/record/0-3/5012', ref('deal', '2451908', '5012')],
    ['https://app-eu1.hubspot.com/contacts/139000/record/0-1/77', ref('contact', '139000', '77')],
    ['https://app-na2.hubspot.com/contacts/139000/record/0-3/88#notes', ref('deal', '139000', '88')],
    ['https://app.hubspot.com/contacts/2451908/contact/901', ref('contact', '2451908', '901')],
    ['https://app.hubspot.com/contacts/2451908/deal/5012/', ref('deal', '2451908', '5012')],
  ])('%s is a record page', (url, expected) => {
    expect(hubspot.detect(new URL(url))).toEqual(expected);
  });

  it('maps a legacy URL to the same record as the modern one', () => {
    const legacy = hubspot.detect(new URL('https://app.hubspot.com/contacts/2451908/contact/901'));
    const modern = hubspot.detect(new URL('https://app.hubspot.com/contacts/2451908/record/0-1/901'));
    expect(legacy).toEqual(modern);
  });

  it.each([
    'https://app.hubspot.com/contacts/2451908/record/0-2/3104',
    'https://app.hubspot.com/contacts/2451908/record/0-5/77',
    'https://app.hubspot.com/contacts/2451908/record/2-1234/77',
    'https://app.hubspot.com/contacts/2451908/company/3104',
    'https://app.hubspot.com/contacts/2451908/objects/0-1/views/all/list',
    'https://app.hubspot.com/reports-dashboard/2451908',
    'https://www.hubspot.com/contacts/2451908/record/0-1/901',
    'https://app.hubspot.com.evil.example/contacts/2451908/record/0-1/901',
  ])('%s is not a contact or deal page', (url) => {
    expect(hubspot.detect(new URL(url))).toBeNull();
  });

  it('handles every app host, regional ones included, and nothing else', () => {
    expect(hubspot.handlesHost(new URL('https://app.hubspot.com/'))).toBe(true);
    expect(hubspot.handlesHost(new URL('https://app-eu1.hubspot.com/'))).toBe(true);
    expect(hubspot.handlesHost(new URL('https://app-na2.hubspot.com/'))).toBe(true);
    expect(hubspot.handlesHost(new URL('https://knowledge.hubspot.com/'))).toBe(false);
    expect(hubspot.handlesHost(new URL('https://acme.lightning.force.com/'))).toBe(false);
  });
});
