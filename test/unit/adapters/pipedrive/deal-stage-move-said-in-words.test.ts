// @vitest-environment happy-dom
/**
 * A changelog entry may say a stage move on one line: "Stage changed: Qualified → Proposal", or in
 * words, "Stage changed from Qualified to Proposal" (the heading form "Stage changed" over "A → B" is
 * stage-changed-heading.test.ts). Read as no move, the deal was said to have entered Proposal when it
 * was created (1 Sep), 80 days instead of 2: a false "stalled" warning. metrics.md: the entry is the
 * move's date; where it cannot be known it is left to Touchline's sightings to bound (a range), never
 * the creation date. The bar here is an older one without day counts. Clock 2026-11-20 15:00 UTC.
 */
import { describe, expect, it } from 'vitest';
import { changelogItem, dealPage, fieldRow, readDeal, stageBar } from './div-header-deal-page';

const CREATED = '2026-09-01T00:00:00.000Z';
const MOVED = '2026-11-18T14:05:00.000Z';

interface Case {
  lang: string;
  stages: [string, string, string];
  created: [label: string, value: string];
  date: string;
}
const EN: Case = {
  lang: 'en',
  stages: ['Qualified', 'Proposal', 'Negotiation'],
  created: ['Deal created', 'Sep 1, 2026'],
  date: 'Nov 18, 2026 2:05 PM',
};
const DE: Case = {
  lang: 'de',
  stages: ['Qualifiziert', 'Angebot', 'Verhandlung'],
  created: ['Deal erstellt', '1. September 2026'],
  date: '18. November 2026 14:05',
};

/** The deal in its second stage, the feed holding one changelog entry `text`. */
function page(c: Case, text: string, stages = c.stages): string {
  return dealPage({
    lang: c.lang,
    stages: stageBar([
      [stages[0], null, false],
      [stages[1], null, true],
      [stages[2], null, false],
    ]),
    fields: fieldRow('Owner', 'Casey Nguyen') + fieldRow(...c.created),
    feed: changelogItem(text, c.date),
  });
}

const historyOf = (html: string) => readDeal(html).record.stageHistory as { stage: string; enteredAt: string }[];

describe('Pipedrive: a stage move said on one line of a changelog entry', () => {
  it.each([
    ['"Stage changed: A → B"', EN, 'Stage changed: Qualified → Proposal'],
    ['"Deal stage updated: A → B"', EN, 'Deal stage updated: Qualified → Proposal'],
    ['"Stage changed from A to B"', EN, 'Stage changed from Qualified to Proposal'],
    ['quoted stages', EN, 'Stage changed from “Qualified” to “Proposal”'],
    ['"Stage changed" over "from A to B"', EN, '<div>Stage changed</div><div>from Qualified to Proposal</div>'],
    ['German "Phase geändert: A → B"', DE, 'Phase geändert: Qualifiziert → Angebot'],
    ['German "Phase geändert von A nach B"', DE, 'Phase geändert von Qualifiziert nach Angebot'],
  ])('%s dates the entry into the current stage by the entry', (_what, c, text) => {
    const [left, entered] = c.stages;
    expect(historyOf(page(c, text))).toEqual([
      { stage: left, enteredAt: CREATED },
      { stage: entered, enteredAt: MOVED },
    ]);
  });

  it('"Stage changed to B" dates the entry, the stage it left unsaid', () => {
    expect(historyOf(page(EN, 'Stage changed to Proposal'))).toEqual([{ stage: 'Proposal', enteredAt: MOVED }]);
  });

  it('stage names holding "to" are told apart by the pipeline’s stages', () => {
    const stages: [string, string, string] = ['Ready to buy', 'Sent to legal', 'Signed'];
    expect(historyOf(page(EN, 'Stage changed from Ready to buy to Sent to legal', stages)).at(-1)).toEqual({
      stage: 'Sent to legal',
      enteredAt: MOVED,
    });
  });

  it('a move whose stages cannot be read leaves the entry unknown, never the creation date, and says so', () => {
    const reading = readDeal(page(EN, 'Stage changed from Qualified'));
    expect(reading.record.stageHistory).not.toContainEqual(expect.objectContaining({ enteredAt: CREATED }));
    expect(reading.notRead).toContainEqual(expect.objectContaining({ field: 'stageHistory' }));
  });

  // crm-evidence-2.md: the feed shows dealChange items; no source shows their wording. A move said
  // without the stage field's name took the creation day as the entry: 78 days in stage, "stalled".
  it.each([
    ['a bare arrow between two stages', 'Qualified → Proposal'],
    ['"Deal moved to B"', 'Deal moved to Proposal'],
    ['"Moved from A to B"', 'Moved from Qualified to Proposal'],
  ])('%s dates the entry into the current stage by the entry', (_what, text) => {
    expect(historyOf(page(EN, text)).at(-1)).toEqual({ stage: 'Proposal', enteredAt: MOVED });
  });

  it('an entry naming a stage in wording Touchline has no words for leaves the entry unknown, never the creation date', () => {
    const reading = readDeal(page(EN, 'Trato movido a Proposal'));
    expect(reading.record.stageHistory).not.toContainEqual(expect.objectContaining({ enteredAt: CREATED }));
    expect(reading.notRead).toContainEqual(expect.objectContaining({ field: 'stageHistory' }));
  });

  it.each([
    ['"Next step changed from A to B"', 'Next step changed from Qualified to Proposal'],
    ['"Next step updated to B"', 'Next step updated to Proposal'],
    ['"Label changed to B"', 'Label changed to Proposal'],
    ['a field line over a bare arrow', '<div>Next step</div><div>Qualified → Proposal</div>'],
    ['a product named with a stage word', 'Product “Proposal template” added'],
  ])('control: another field’s change naming stages (%s) is no move, nor a move not read', (_what, text) => {
    const reading = readDeal(page(EN, text));
    expect(reading.record.stageHistory).toEqual([{ stage: 'Proposal', enteredAt: CREATED }]);
    expect(reading.notRead).not.toContainEqual(expect.objectContaining({ field: 'stageHistory' }));
  });

  it('control: a bare arrow between values that are not stages is no move', () => {
    expect(historyOf(page(EN, 'Casey Nguyen → Robin Fischer'))).toContainEqual({
      stage: 'Proposal',
      enteredAt: CREATED,
    });
  });

  it('control: a company’s own field named like a stage is no move', () => {
    expect(historyOf(page(EN, 'Stage owner: Casey Nguyen → Robin Fischer'))).not.toContainEqual(
      expect.objectContaining({ stage: 'Robin Fischer' }),
    );
  });
});
