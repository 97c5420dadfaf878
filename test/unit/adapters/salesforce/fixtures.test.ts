import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';
import { fixtureFiles } from '../../../fixtures/fixture-files';

const NOW = new Date('2026-11-20T15:00:00Z');
const fixtures = fixtureFiles().filter((f) => f.crm === 'salesforce');

describe('Salesforce fixtures read as their reviewed expected JSON', () => {
  it('has the fixtures the task lists', () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'contact-mixed-timeline',
        'deal-stage-history',
        'contact-loading',
        'contact-hidden-earlier-record',
        'account-page',
        'lead-unusual-dates-aura',
        'deal-no-test-attributes',
      ]),
    );
  });

  it('reads only the shown record when an earlier one stays cached in the DOM', () => {
    const fixture = fixtures.find((f) => f.name === 'contact-hidden-earlier-record');
    const output = fixture && inspectPage(fixture.html, fixture.url, NOW, 'UTC').output;
    expect(fixture?.html).toContain('Jordan Lee');
    expect(output).toMatchObject({ record: { name: 'Rita Okoye' } });
    expect(JSON.stringify(output)).not.toContain('Jordan');
  });
});
