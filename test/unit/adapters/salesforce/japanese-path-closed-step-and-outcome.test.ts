// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readSf, sfDeal, sfField, sfPath } from './built-opportunity-page';

/**
 * A Salesforce opportunity on a page in a language without a Salesforce word table. The path's
 * placeholder step for the closed stages ("Closed", Japanese "完了": guessed, closed-stage-words.ts)
 * is no stage. The path's SLDS classes mark the current step won or lost; without them (a page
 * whose classes changed) only the stage's name says the outcome: read with the closed-stage words
 * where the language has them, else reported as not read.
 */
const OPEN_PATH: [string, string][] = [
  ['見込み', 'done'],
  ['提案', 'current'],
  ['完了', 'todo'],
];

describe('a Japanese Salesforce opportunity', () => {
  it('lists the path stages without the "完了" placeholder step', () => {
    const { record } = readSf(sfDeal({ lang: 'ja', path: sfPath(OPEN_PATH, '現在のステージ', 'ステージ完了') }));
    expect(record.stages).toEqual(['見込み', '提案']);
    expect(record.stage).toBe('提案');
  });

  it('reads a lost stage "不成立" by its name where the path shows no marker', () => {
    const lost: [string, string][] = [
      ['見込み', 'done'],
      ['不成立', 'lost'],
    ];
    const reading = readSf(sfDeal({ lang: 'ja', path: sfPath(lost), fields: sfField('Stage', '不成立') }), {
      strip: true,
    });
    expect([reading.record.stage, reading.record.closed]).toEqual(['不成立', 'lost']);
    expect(reading.notRead.filter((n) => n.field === 'closed')).toEqual([]);
  });
});

describe('a Salesforce opportunity on a page in a language without closed-stage words', () => {
  const path: [string, string][] = [
    ['발굴', 'done'],
    ['성사됨', 'current'],
  ];

  it('reports the outcome as not read when the path shows no won or lost marker', () => {
    const reading = readSf(sfDeal({ lang: 'ko', path: sfPath(path) }), { strip: true });
    expect(reading.record.closed).toBeUndefined();
    expect(reading.notRead.filter((n) => n.field === 'closed')).toHaveLength(1);
  });

  it('reads the deal open, saying nothing, when the path shows its state and no won or lost class', () => {
    const reading = readSf(sfDeal({ lang: 'ko', path: sfPath(path) }));
    expect(reading.record.stage).toBe('성사됨');
    expect(reading.record.closed).toBeUndefined();
    expect(reading.notRead.filter((n) => n.field === 'closed')).toEqual([]);
  });

  it('reads the path marker when it shows one', () => {
    const won: [string, string][] = [
      ['발굴', 'done'],
      ['성사됨', 'won'],
    ];
    expect(readSf(sfDeal({ lang: 'ko', path: sfPath(won) })).record.closed).toBe('won');
  });
});
