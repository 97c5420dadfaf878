import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce';
import { inspectPage } from '../../../../scripts/inspect-page';
import { fixtureFiles } from '../../../fixtures/fixture-files';
import { renamePage, stripPage } from '../../../robustness/page-transforms';

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
        'deal-activity-groups',
        'deal-activity-groups-de',
        'deal-activity-groups-fr',
        'contact-activity-groups',
        'contact-activity-groups-de',
        'contact-activity-groups-fr',
        'lead-activity-groups',
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

  it.each([
    ['stripped', stripPage],
    ['renamed', renamePage],
  ] as const)('%s of its classes, a page that told its records apart only by a class is unreadable', (_, transform) => {
    const fixture = fixtures.find((f) => f.name === 'contact-hidden-earlier-record');
    if (!fixture) throw new Error('fixture missing');
    const window = new Window({ url: fixture.url });
    window.document.write(fixture.html);
    const doc = window.document as unknown as Document;
    transform(doc);
    const result = salesforce.read(doc, new URL(fixture.url), { now: NOW, timeZone: 'UTC' });
    expect(result.status).toBe('unreadable');
    expect(JSON.stringify(result)).not.toContain('Jordan');
    window.close();
  });
});
