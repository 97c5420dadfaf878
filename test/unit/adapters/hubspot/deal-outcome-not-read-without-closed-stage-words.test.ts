// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hsDeal, hsHighlight, readHs } from './built-deal-page';

/**
 * HubSpot closes a deal by moving it to a closed stage, so only the stage's name says the deal is
 * won, lost or open. Japanese names are read with the closed-stage words (lib/metrics/
 * closed-stage-words.ts, guessed); in a language with no such words (Korean, Polish) the outcome
 * is reported as not read, never taken for open without a word.
 */
const page = (lang: string, stage: string) =>
  hsDeal({ lang, highlights: hsHighlight('dealstage', 'Deal stage', stage) });
const outcomeNotes = (lang: string, stage: string) =>
  readHs(page(lang, stage)).notRead.filter((n) => n.field === 'record.closed');

describe('a HubSpot deal outcome by the page language', () => {
  it.each([
    ['成約', 'won'],
    ['失注', 'lost'],
    ['不成立', 'lost'],
  ] as const)('reads the Japanese stage "%s" as closed %s', (stage, outcome) => {
    const reading = readHs(page('ja-JP', stage));
    expect([reading.record.stage, reading.record.closed]).toEqual([stage, outcome]);
    expect(reading.notRead.filter((n) => n.field === 'record.closed')).toEqual([]);
  });

  it('reads a Japanese open stage as open, its outcome read', () => {
    expect(readHs(page('ja-JP', 'アポイント設定済み')).record.closed).toBeUndefined();
    expect(outcomeNotes('ja-JP', 'アポイント設定済み')).toEqual([]);
  });

  it.each([
    ['ko-KR', '성사됨'],
    ['pl-PL', 'Zamknięte wygrane'],
  ])('reports the outcome of a %s deal in "%s" as not read', (lang, stage) => {
    expect(readHs(page(lang, stage)).record.closed).toBeUndefined();
    expect(outcomeNotes(lang, stage)).toEqual([
      {
        field: 'record.closed',
        reason: `the page is in "${lang.slice(0, 2)}", a language Touchline has no closed-stage words for: whether "${stage}" is a won, lost or open stage is not read`,
      },
    ]);
  });

  it('says nothing of the outcome of an open deal on an English page', () => {
    expect(outcomeNotes('en-US', 'Contract sent')).toEqual([]);
  });
});
