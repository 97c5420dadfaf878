import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../../fixtures/fixture-files';

const fixtures = fixtureFiles().filter((f) => f.crm === 'salesforce');
const read = (name: string) => {
  const fixture = fixtures.find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  return inspectPage(fixture.html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE).output as {
    activities: Record<string, unknown>[];
    record: Record<string, unknown>;
  };
};

/** What a touch is, independent of the language it is shown in (titles are wording). */
const meaning = (a: Record<string, unknown>) => ({
  type: a.type,
  channel: a.channel,
  direction: a.direction,
  timestamp: a.timestamp,
  timePrecision: a.timePrecision,
  planned: a.planned,
  outcome: a.outcome,
  owner: a.owner,
  sourceId: a.sourceId,
  contactIds: a.contactIds,
});

describe.each([
  ['contact-activity-groups', 'de'],
  ['contact-activity-groups', 'fr'],
  ['deal-activity-groups', 'de'],
  ['deal-activity-groups', 'fr'],
])('%s in %s', (english, lang) => {
  const original = read(english);
  const translated = read(`${english}-${lang}`);

  it('reads to the same activities as the English page', () => {
    expect(translated.activities.length).toBeGreaterThan(3);
    expect(translated.activities.map(meaning)).toEqual(original.activities.map(meaning));
  });

  it('reads the same record figures', () => {
    const figures = (r: Record<string, unknown>) => ({
      email: r.email,
      createdAt: r.createdAt,
      amount: r.amount,
      currency: r.currency,
      closeDate: r.closeDate,
      enteredAt: (r.stageHistory as { enteredAt: string }[] | undefined)?.map((e) => e.enteredAt),
      contacts: r.contacts,
    });
    expect(figures(translated.record)).toEqual(figures(original.record));
  });
});
