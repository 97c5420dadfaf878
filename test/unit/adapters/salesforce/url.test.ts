import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce/index';

const ORG = 'https://acme.lightning.force.com';

describe('Salesforce URL detection', () => {
  it.each([
    [`${ORG}/lightning/r/Contact/0035g00000000EXAAY/view`, 'contact', '0035g00000000EXAAY', 'acme.lightning.force.com'],
    [`${ORG}/lightning/r/Contact/0035g00000000EX/view`, 'contact', '0035g00000000EXAAY', 'acme.lightning.force.com'],
    [
      `${ORG}/lightning/r/Opportunity/0065g00000001IfAAI/view`,
      'deal',
      '0065g00000001IfAAI',
      'acme.lightning.force.com',
    ],
    [
      `${ORG}/lightning/r/Opportunity/0065g00000001If/view?ws=%2Flightning`,
      'deal',
      '0065g00000001IfAAI',
      'acme.lightning.force.com',
    ],
    [`${ORG}/lightning/r/Lead/00Q5g000001AbCd/view`, 'contact', '00Q5g000001AbCdEAK', 'acme.lightning.force.com'],
    [`${ORG}/lightning/r/0035g00000000EXAAY/view`, 'contact', '0035g00000000EXAAY', 'acme.lightning.force.com'],
    [`${ORG}/one/one.app#/sObject/0065g00000001If/view`, 'deal', '0065g00000001IfAAI', 'acme.lightning.force.com'],
    // A bare "%" in the hash's query cannot be decoded: the hash is read as written.
    [
      `${ORG}/one/one.app#/sObject/0065g00000001If/view?pct=5%`,
      'deal',
      '0065g00000001IfAAI',
      'acme.lightning.force.com',
    ],
    [
      'https://acme--uat.sandbox.lightning.force.com/lightning/r/Contact/0035g00000000EXAAY/view',
      'contact',
      '0035g00000000EXAAY',
      'acme--uat.sandbox.lightning.force.com',
    ],
  ])('%s is a %s page of record %s', (url, kind, recordId, tenant) => {
    expect(salesforce.detect(new URL(url))).toEqual({ crm: 'salesforce', tenant, kind, recordId });
  });

  it('gives the same key for the 15- and 18-character forms of one id', () => {
    const short = salesforce.detect(new URL(`${ORG}/lightning/r/Contact/0035g00000000EX/view`));
    const long = salesforce.detect(new URL(`${ORG}/lightning/r/Contact/0035g00000000EXAAY/view`));
    expect(short).toEqual(long);
  });

  it.each([
    `${ORG}/lightning/r/Account/0015g0000000001AAA/view`,
    `${ORG}/lightning/r/Contact/0015g0000000001AAA/view`,
    `${ORG}/lightning/o/Contact/list?filterName=Recent`,
    `${ORG}/lightning/page/home`,
    `${ORG}/one/one.app#/alohaRedirect/apex/Discount?pct=5%`,
    `${ORG}/lightning/r/Contact/0035g00000000EXAAY/related/Opportunities/view`,
    `${ORG}/lightning/r/Contact/not-an-id/view`,
    'https://acme.my.salesforce.com/0035g00000000EX',
    'https://app.hubspot.com/contacts/123/record/0-1/901',
  ])('%s is not a contact or deal page', (url) => {
    expect(salesforce.detect(new URL(url))).toBeNull();
  });

  it('handles Lightning hosts, sandboxes included, and nothing else', () => {
    expect(salesforce.handlesHost(new URL(`${ORG}/lightning/page/home`))).toBe(true);
    expect(salesforce.handlesHost(new URL('https://acme--uat.sandbox.lightning.force.com/'))).toBe(true);
    expect(salesforce.handlesHost(new URL('https://lightning.force.com.evil.example/'))).toBe(false);
    expect(salesforce.handlesHost(new URL('https://acme.pipedrive.com/person/1'))).toBe(false);
  });
});
