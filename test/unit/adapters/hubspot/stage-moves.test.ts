import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * HubSpot's default sales pipeline has a stage whose name holds the word between two stages:
 * "Qualified to buy" ("Qualificado para comprar" in Portuguese). deal-highlight-stage shows it in
 * its "Date entered" labels; its last move is changed here to leave that stage.
 */
const page = fixturePage('hubspot', 'deal-highlight-stage');
const LAST_MOVE = 'Alex Morgan moved the deal from Decision maker bought-in to Contract sent (Sales Pipeline)';
const DATE_ENTERED =
  /<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Date entered [^<]*<\/span><div>[^<]*<\/div><\/div>/g;

/** The deal with its last move worded as given, into `stage` (also the current stage) on 20 Oct. */
function movedInto(sentence: string, stage: string): string {
  return edited(
    page.html,
    [LAST_MOVE, sentence],
    ['Nov 16, 2026 at 11:15 AM', 'Oct 20, 2026 at 9:30 AM'],
    ['display-dealstage">Contract sent', `display-dealstage">${stage}`],
  );
}

function history(html: string): { stage: string; enteredAt: string }[] {
  return (readPage(html, page.url).record as { stageHistory: { stage: string; enteredAt: string }[] }).stageHistory;
}

describe('HubSpot stage moves with a stage named with the word between stages', () => {
  const moved = movedInto(
    'Alex Morgan moved the deal from Qualified to buy to Presentation scheduled (Sales Pipeline)',
    'Presentation scheduled',
  );

  it('names the stage entered "Presentation scheduled", not "buy to Presentation scheduled"', () => {
    // Stages not reached yet have no "Date entered" value on a real page.
    const notReached =
      /<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Date entered "(?:Decision maker bought-in|Contract sent) [^<]*<\/span><div>[^<]*<\/div><\/div>/g;
    expect(history(edited(moved, [notReached, ''])).map((e) => e.stage)).toEqual([
      'Appointment scheduled',
      'Qualified to buy',
      'Presentation scheduled',
    ]);
  });

  it('without "Date entered" properties (optional in HubSpot) the current stage settles the split', () => {
    expect(history(edited(moved, [DATE_ENTERED, '']))).toContainEqual({
      stage: 'Presentation scheduled',
      enteredAt: '2026-10-20T09:30:00.000Z',
    });
  });

  it('a move into "Qualified to buy" keeps the whole name', () => {
    const into = movedInto(
      'Alex Morgan moved the deal from Appointment scheduled to Qualified to buy',
      'Qualified to buy',
    );
    expect(history(edited(into, [DATE_ENTERED, '']))).toContainEqual({
      stage: 'Qualified to buy',
      enteredAt: '2026-10-20T09:30:00.000Z',
    });
  });

  it('reads "de Qualificado para comprar para Apresentação agendada" on a Portuguese page the same way', () => {
    const portuguese = edited(
      movedInto(
        'Alex Morgan moveu o negócio de Qualificado para comprar para Apresentação agendada (Pipeline de vendas)',
        'Apresentação agendada',
      ),
      ['lang="en-US"', 'lang="pt-BR"'],
      [DATE_ENTERED, ''],
    );
    expect(history(portuguese)).toContainEqual({
      stage: 'Apresentação agendada',
      enteredAt: '2026-10-20T09:30:00.000Z',
    });
  });

  it('where the page names neither stage, reports the move rather than guess where it parts', () => {
    const unnamed = edited(
      movedInto('Alex Morgan moved the deal from Qualified to buy to Demo booked', 'Presentation scheduled'),
      [DATE_ENTERED, ''],
    );
    const reading = readPage(unnamed, page.url);
    const stages = (reading.record as { stageHistory: { stage: string }[] }).stageHistory.map((e) => e.stage);
    expect(stages).not.toContain('Demo booked');
    expect(stages).not.toContain('buy to Demo booked');
    expect(reading.notRead).toContainEqual({
      field: 'record.stageHistory',
      reason:
        'the stage change "Alex Morgan moved the deal from Qualified to buy to Demo booked" may move into "buy to Demo booked" or "Demo booked"; nothing on the page settles which',
    });
  });
});
