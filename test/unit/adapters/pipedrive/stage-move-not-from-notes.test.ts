// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changelogItem, dealPage, fieldRow, readDeal, stageBar } from './div-header-deal-page';

/**
 * A stage move written out in words ("Stage changed to B", "Stage changed from A to B") is read
 * from changelog entries only (deal-stage-move-said-in-words.test.ts). A rep's Note item is prose,
 * and reps write "Stage changed …" in notes: read as a move, "Stage changed to Negotiation once
 * legal signs off" added a stage of that name, and "Stage changed after the demo, see call notes"
 * counted as a move it could not read, dropping the history's first entry and reporting
 * stageHistory as not read. metrics.md/contracts.md: stage history comes from the deal's
 * changelog; a note is not one. Clock 2026-11-20 15:00 UTC.
 */
interface Case {
  lang: string;
  stages: [string, string, string];
  created: [label: string, value: string];
  owner: string;
  stageField: string;
  noteIcon: string;
  date: string;
  noteDate: string;
}
const EN: Case = {
  lang: 'en',
  stages: ['Qualified', 'Proposal', 'Negotiation'],
  created: ['Deal created', 'Sep 1, 2026'],
  owner: 'Owner',
  stageField: 'Stage',
  noteIcon: 'Note',
  date: 'Nov 18, 2026 2:05 PM',
  noteDate: 'Nov 19, 2026 9:00 AM',
};
const DE: Case = {
  lang: 'de',
  stages: ['Qualifiziert', 'Angebot', 'Verhandlung'],
  created: ['Deal erstellt', '1. September 2026'],
  owner: 'Eigentümer',
  stageField: 'Phase',
  noteIcon: 'Notiz',
  date: '18. November 2026 14:05',
  noteDate: '19. November 2026 09:00',
};

/** The deal in its second stage after one arrow changelog row, and a Note item saying `note` a day later. */
function page(c: Case, note?: string): string {
  const [left, entered] = c.stages;
  return dealPage({
    lang: c.lang,
    stages: stageBar([
      [c.stages[0], null, false],
      [c.stages[1], null, true],
      [c.stages[2], null, false],
    ]),
    fields: fieldRow(c.owner, 'Casey Nguyen') + fieldRow(...c.created),
    feed:
      (note ? changelogItem(note, c.noteDate, c.noteIcon) : '') +
      changelogItem(`${c.stageField}: ${left} → ${entered}`, c.date),
  });
}

const historyOf = (c: Case) => [
  { stage: c.stages[0], enteredAt: '2026-09-01T00:00:00.000Z' },
  { stage: c.stages[1], enteredAt: '2026-11-18T14:05:00.000Z' },
];

describe('Pipedrive: a Note item saying the stage changed is no stage move', () => {
  it.each([EN, DE])('guard: the deal without the note (%#)', (c) => {
    expect(readDeal(page(c)).record.stageHistory).toEqual(historyOf(c));
  });

  it.each([
    ['Stage changed to Negotiation once legal signs off', EN],
    ['Stage changed from Proposal to Negotiation', EN],
    ['Stage changed after the demo, see call notes', EN],
    ['Phase geändert nach Verhandlung, sobald die Rechtsabteilung zustimmt', DE],
    ['Phase geändert nach der Demo, siehe Anrufnotizen', DE],
  ])('"%s" leaves the history whole, with no "not read"', (note, c) => {
    const reading = readDeal(page(c, note));
    expect(reading.record.stageHistory).toEqual(historyOf(c));
    expect(reading.notRead).not.toContainEqual(expect.objectContaining({ field: 'stageHistory' }));
  });
});
