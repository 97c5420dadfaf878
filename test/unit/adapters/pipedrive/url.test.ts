import { describe, expect, it } from 'vitest';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';

const LEAD = '3f2b9c1e-8d4a-4e6b-9a7c-1d2e3f4a5b6c';

describe('Pipedrive URL detection', () => {
  it.each([
    ['https://acme.pipedrive.com/person/901', { kind: 'contact', tenant: 'acme', recordId: '901' }],
    ['https://acme.pipedrive.com/person/901/', { kind: 'contact', tenant: 'acme', recordId: '901' }],
    ['https://Acme.Pipedrive.com/person/901?tab=notes#flow', { kind: 'contact', tenant: 'acme', recordId: '901' }],
    ['https://acme-eu.pipedrive.com/person/12', { kind: 'contact', tenant: 'acme-eu', recordId: '12' }],
    ['https://acme.pipedrive.com/deal/5001', { kind: 'deal', tenant: 'acme', recordId: '5001' }],
    ['https://acme.pipedrive.com/deal/5001/', { kind: 'deal', tenant: 'acme', recordId: '5001' }],
    [`https://acme.pipedrive.com/leads/inbox/${LEAD}`, { kind: 'contact', tenant: 'acme', recordId: LEAD }],
    [
      `https://acme.pipedrive.com/leads/archived/${LEAD.toUpperCase()}`,
      { kind: 'contact', tenant: 'acme', recordId: LEAD },
    ],
  ])('%s is a record page', (url, expected) => {
    expect(pipedrive.detect(new URL(url))).toEqual({ crm: 'pipedrive', ...expected });
  });

  it.each([
    'https://acme.pipedrive.com/organization/311',
    'https://acme.pipedrive.com/pipeline/1/user/everyone',
    'https://acme.pipedrive.com/persons/list',
    'https://acme.pipedrive.com/leads/inbox',
    'https://acme.pipedrive.com/activities/list',
    'https://acme.pipedrive.com/mail/inbox',
    'https://acme.pipedrive.com/deal/abc',
    'https://www.pipedrive.com/person/901',
    'https://app.pipedrive.com/deal/5001',
    'https://acme.hubspot.com/person/901',
  ])('%s is not a record page', (url) => {
    expect(pipedrive.detect(new URL(url))).toBeNull();
  });

  it('handles every company subdomain, record page or not, and no other host', () => {
    expect(pipedrive.handlesHost(new URL('https://acme.pipedrive.com/pipeline'))).toBe(true);
    expect(pipedrive.handlesHost(new URL('https://pipedrive.com.evil.example/person/1'))).toBe(false);
    expect(pipedrive.handlesHost(new URL('https://app.hubspot.com/contacts/1/record/0-1/2'))).toBe(false);
  });
});
