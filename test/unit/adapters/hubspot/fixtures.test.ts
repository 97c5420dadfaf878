import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../../fixtures/fixture-files';

const fixtures = fixtureFiles().filter((f) => f.crm === 'hubspot');

describe('HubSpot fixtures read as their reviewed expected JSON', () => {
  it('has the fixtures the adapter is built against', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(
      expect.arrayContaining([
        'company-page',
        'contact-hidden-earlier',
        'contact-loading',
        'contact-long-timeline',
        'contact-no-attributes',
        'contact-preview-feed',
        'contact-preview-feed-de',
        'contact-preview-feed-fr',
        'contact-relative-dates',
        'deal-highlight-stage',
        'deal-highlight-stage-de',
        'deal-highlight-stage-fr',
        'deal-stage-history',
      ]),
    );
  });
});

describe('what the fixtures protect', () => {
  const read = (name: string) => {
    const fixture = fixtures.find((f) => f.name === name);
    if (!fixture) throw new Error(`missing fixture ${name}`);
    return inspectPage(fixture.html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE);
  };

  it('reads only the shown record when an earlier one stays hidden in the DOM', () => {
    const { output } = read('contact-hidden-earlier');
    expect(output.record).toMatchObject({ name: 'Tom Haas' });
    expect(output.activities).toHaveLength(2);
  });

  it('reads an item repeated in the hidden Overview tab once', () => {
    const { output } = read('contact-long-timeline');
    const ids = (output.activities as { sourceId?: string }[]).map((a) => a.sourceId).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says loading while placeholders are shown, and exit 3 for a company page', () => {
    expect(read('contact-loading')).toMatchObject({ exitCode: 2, output: { status: 'loading' } });
    expect(read('company-page').exitCode).toBe(3);
  });

  it('keeps the raw text of a date it cannot read instead of inventing one', () => {
    const activities = read('contact-relative-dates').output.activities as { dateText?: string; timestamp?: string }[];
    expect(activities.find((a) => a.dateText === 'sometime last spring')?.timestamp).toBeUndefined();
  });
});
