import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../../fixtures/fixture-files';

const fixtures = fixtureFiles().filter((f) => f.crm === 'pipedrive');

/** What a touch is, whatever language the page is in: everything but its wording. */
function touches(name: string): unknown[] {
  const fixture = fixtures.find((f) => f.name === name);
  if (!fixture) throw new Error(`missing fixture ${name}`);
  const { output } = inspectPage(fixture.html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE);
  const activities = output.activities as Record<string, unknown>[];
  return activities.map(({ key, title, dateText, ...touch }) => touch);
}

describe('Pipedrive pages in German and French read as their English counterparts', () => {
  it.each([
    ['person-hashed', 'person-hashed-de'],
    ['person-hashed', 'person-hashed-fr'],
    ['deal-hashed', 'deal-hashed-de'],
    ['deal-hashed', 'deal-hashed-fr'],
  ])('%s and %s: the same activities', (english, translated) => {
    const expected = touches(english);
    expect(expected.length).toBeGreaterThan(5);
    expect(touches(translated)).toEqual(expected);
  });
});
