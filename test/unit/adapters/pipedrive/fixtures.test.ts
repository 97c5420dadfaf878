import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../../fixtures/fixture-files';

const fixtures = fixtureFiles().filter((f) => f.crm === 'pipedrive');

describe('Pipedrive fixtures read as their reviewed expected JSON', () => {
  it('has the hand-written and demo fixtures', () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'person-long-timeline',
        'deal-stage-history',
        'person-loading',
        'person-hidden-earlier',
        'organization',
        'person-unusual-dates',
        'deal-no-testid',
        'demo-person-busiest',
        'person-hashed',
        'deal-hashed',
        'person-hashed-de',
        'deal-hashed-de',
        'person-hashed-fr',
        'deal-hashed-fr',
      ]),
    );
  });

  it('reads only the visible record when an earlier one stays hidden in the DOM', () => {
    const fixture = fixtures.find((f) => f.name === 'person-hidden-earlier');
    if (!fixture) throw new Error('missing fixture');
    const { output } = inspectPage(fixture.html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE);
    expect(output.record).toMatchObject({ name: 'Lee Okafor' });
    expect(JSON.stringify(output)).not.toContain('Dana');
  });

  it('reads only the shown person when an older view container stays in the page with display:none', () => {
    const fixture = fixtures.find((f) => f.name === 'person-hashed');
    if (!fixture) throw new Error('missing fixture');
    const { output } = inspectPage(fixture.html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE);
    expect(output.record).toMatchObject({ name: 'Maya Lindqvist' });
    expect(JSON.stringify(output)).not.toContain('Tom');
  });
});
