// @vitest-environment happy-dom
/**
 * German and Dutch put a stage move's participle last: "Deal in Phase Verhandlung verschoben",
 * "Phase von Angebot in Verhandlung geändert", "Deal naar Onderhandeling verplaatst". Read as no
 * move (the stage's name not ending the line), the deal was said to have been in its stage since
 * its creation (1 Sep), 80 days instead of 2: a false "stalled" warning. metrics.md "Deal stages":
 * the entry is the move's date; where it cannot be read it is a range, never the creation date.
 * An older bar without day counts; clock 2026-11-20 15:00 UTC.
 */
import { describe, expect, it } from 'vitest';
import { changelogItem, dealPage, fieldRow, readDeal, stageBar } from './div-header-deal-page';

const CREATED = '2026-09-01T00:00:00.000Z';
const MOVED = '2026-11-18T14:05:00.000Z';
const DE = {
  lang: 'de',
  stages: ['Qualifiziert', 'Angebot', 'Verhandlung'],
  created: 'Deal erstellt',
  day: '1. September 2026',
  date: '18. November 2026 14:05',
};
const NL = {
  lang: 'nl',
  stages: ['Gekwalificeerd', 'Voorstel', 'Onderhandeling'],
  created: 'Deal aangemaakt',
  day: '1 september 2026',
  date: '18 november 2026 14:05',
};

/** The deal in its last stage, the feed holding one changelog entry `text`. */
const reading = (c: typeof DE, text: string) =>
  readDeal(
    dealPage({
      lang: c.lang,
      stages: stageBar([
        [c.stages[0] ?? '', null, false],
        [c.stages[1] ?? '', null, false],
        [c.stages[2] ?? '', null, true],
      ]),
      fields: fieldRow('Pipeline', 'Vertrieb') + fieldRow(c.created, c.day),
      feed: changelogItem(text, c.date),
    }),
  );

describe('Pipedrive: a stage move said with its participle last', () => {
  it.each([
    ['German "Deal in Phase B verschoben"', DE, 'Deal in Phase Verhandlung verschoben', ''],
    ['German "Phase von A in B geändert"', DE, 'Phase von Angebot in Verhandlung geändert', 'Angebot'],
    ['Dutch "Deal naar B verplaatst"', NL, 'Deal naar Onderhandeling verplaatst', ''],
    ['Dutch "Fase van A naar B gewijzigd"', NL, 'Fase van Voorstel naar Onderhandeling gewijzigd', 'Voorstel'],
  ])('%s dates the entry into the current stage by the entry', (_what, c, text, left) => {
    const history = reading(c, text).record.stageHistory as { stage: string; enteredAt: string }[];
    expect(history.at(-1)).toEqual({ stage: c.stages[2], enteredAt: MOVED });
    if (left) expect(history).toContainEqual({ stage: left, enteredAt: CREATED });
  });

  it('a move into a stage in wording Touchline has no words for leaves the entry unknown, and says so', () => {
    const r = reading(DE, 'Deal in die Phase Verhandlung verschoben');
    expect(r.record.stageHistory).not.toContainEqual(expect.objectContaining({ enteredAt: CREATED }));
    expect(r.notRead).toContainEqual(expect.objectContaining({ field: 'stageHistory' }));
  });

  it('control: in English, a product named as a stage and "updated" is no move not read', () => {
    const EN = {
      ...DE,
      lang: 'en',
      stages: ['Qualified', 'Proposal', 'Negotiation'],
      created: 'Deal created',
      day: 'September 1, 2026',
      date: 'November 18, 2026 2:05 PM',
    };
    const r = reading(EN, 'Product “Negotiation” updated');
    expect(r.notRead).not.toContainEqual(expect.objectContaining({ field: 'stageHistory' }));
  });

  it('control: another field changed to a stage word is no move, nor a move not read', () => {
    const r = reading(DE, 'Nächster Schritt von Angebot auf Verhandlung geändert');
    expect(r.record.stageHistory).toEqual([{ stage: 'Verhandlung', enteredAt: CREATED }]);
    expect(r.notRead).not.toContainEqual(expect.objectContaining({ field: 'stageHistory' }));
  });
});
