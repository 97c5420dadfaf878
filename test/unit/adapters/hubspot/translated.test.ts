import { describe, expect, it } from 'vitest';
import type { ActivityReading } from '../../../../lib/schema/activity';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { readFixture } from './read-page';

/** What a touch is, whatever language the page is in (titles of notes and system sentences are translated). */
function touches(result: ReadResult) {
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  return result.activities.map((a: ActivityReading) => ({
    type: a.type,
    direction: a.direction,
    timestamp: a.timestamp,
    timePrecision: a.timePrecision,
    outcome: a.outcome,
    planned: a.planned,
    automated: a.automated,
    owner: a.owner,
    contactIds: a.contactIds,
    title: a.type === 'note' || a.type === 'system' ? undefined : a.title,
  }));
}

describe.each(['de', 'fr'])('a HubSpot portal in %s', (lang) => {
  it('reads a contact page to the same activities as the English page', () => {
    const english = touches(readFixture('contact-preview-feed'));
    expect(english).toHaveLength(7);
    expect(touches(readFixture(`contact-preview-feed-${lang}`))).toEqual(english);
  });

  it('reads a deal page to the same activities, amount, contacts and stage dates as the English page', () => {
    const englishRead = readFixture('deal-highlight-stage');
    const translatedRead = readFixture(`deal-highlight-stage-${lang}`);
    expect(touches(translatedRead)).toEqual(touches(englishRead));
    if (englishRead.status !== 'read' || englishRead.kind !== 'deal') throw new Error('English deal not read');
    if (translatedRead.status !== 'read' || translatedRead.kind !== 'deal') throw new Error('translated deal not read');
    const { amount, currency, closeDate, contacts, owner } = englishRead.record;
    expect(translatedRead.record).toMatchObject({ amount, currency, closeDate, contacts, owner });
    const entered = (r: typeof englishRead) => r.record.stageHistory.map((e) => e.enteredAt);
    expect(entered(translatedRead)).toEqual(entered(englishRead));
    expect(entered(englishRead)).toHaveLength(5);
  });
});
