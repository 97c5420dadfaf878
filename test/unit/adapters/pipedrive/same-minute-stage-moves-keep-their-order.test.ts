// @vitest-environment happy-dom
/**
 * Review s47 (pddeal). Stage moves logged in the same minute share a timestamp, and the History
 * feed lists them newest first. Sorted by time alone the tie kept the feed's order: a deal dragged
 * from Qualifiziert on to Angebot and Verhandlung read as created in Angebot, Verhandlung, then
 * back to Angebot (a move that never happened), so time in stage and stage conversion counted from
 * wrong entries (metrics.md). The moves chain (a row's `to` is the next row's `from`); where they
 * do not settle it, the lower row of the feed is the earlier move.
 */
import { describe, expect, it } from 'vitest';
import { readDeal } from './read-written-page';
import { change, dealPage, stage } from './written-deal-page';

const page = (bar: string, feed: string[]) =>
  dealPage({
    title: 'Rahmenvertrag Nordwind',
    headerValue: '22.500,00 €',
    owner: 'Lena Vogt',
    buttons: '<button>Gewonnen</button><button>Verloren</button>',
    bar,
    fields: [
      ['Besitzer', 'Lena Vogt'],
      ['Pipeline', 'Vertrieb DACH'],
      ['Erwartetes Abschlussdatum', '15.12.2026'],
      ['Deal erstellt', '02.10.2026'],
    ],
    persons: '<section><h3>Personen</h3><a href="/person/501">Jonas Keller</a></section>',
    feed,
  });

const read = (body: string) => readDeal('/deal/78', body, { lang: 'de-DE', title: 'Rahmenvertrag Nordwind - Deals' });

describe('Pipedrive deal: stage moves within the same minute', () => {
  const { record } = read(
    page(stage('Qualifiziert', '', false) + stage('Angebot', '', false) + stage('Verhandlung', '3 T', true), [
      change('Änderung', 'Phase: Angebot → Verhandlung', '17. November 2026 09:00'),
      change('Änderung', 'Phase: Qualifiziert → Angebot', '17. November 2026 09:00'),
    ]),
  );
  const stages = record.stageHistory.map((e) => e.stage);

  it('starts the history in the stage the first move left', () => {
    expect(record.stageHistory[0]).toEqual({ stage: 'Qualifiziert', enteredAt: '2026-10-02T00:00:00.000Z' });
  });
  it('records the moves in the order the changelog chains them, with no move back', () => {
    expect(stages).toEqual(['Qualifiziert', 'Angebot', 'Verhandlung']);
  });
  it('never dates an entry before the entry it follows', () => {
    const times = record.stageHistory.map((e) => e.enteredAt);
    expect(times).toEqual([...times].sort());
  });

  it('chains moves the feed lists oldest first as well', () => {
    const reversed = read(
      page(stage('Qualifiziert', '', false) + stage('Angebot', '', false) + stage('Verhandlung', '3 T', true), [
        change('Änderung', 'Phase: Qualifiziert → Angebot', '17. November 2026 09:00'),
        change('Änderung', 'Phase: Angebot → Verhandlung', '17. November 2026 09:00'),
      ]),
    );
    expect(reversed.record.stageHistory.map((e) => e.stage)).toEqual(['Qualifiziert', 'Angebot', 'Verhandlung']);
  });

  it('takes a move made and undone in one minute in the feed’s newest-first order', () => {
    const undone = read(
      page(stage('Qualifiziert', '3 T', true) + stage('Angebot', '', false), [
        change('Änderung', 'Phase: Angebot → Qualifiziert', '17. November 2026 09:00'),
        change('Änderung', 'Phase: Qualifiziert → Angebot', '17. November 2026 09:00'),
      ]),
    );
    expect(undone.record.stageHistory).toEqual([
      { stage: 'Qualifiziert', enteredAt: '2026-10-02T00:00:00.000Z' },
      { stage: 'Angebot', enteredAt: '2026-11-17T09:00:00.000Z' },
      { stage: 'Qualifiziert', enteredAt: '2026-11-17T09:00:00.000Z' },
    ]);
  });

  it('chains a tie on from the move before it', () => {
    // Qualifiziert → Angebot on the 10th; on the 17th Angebot → Verhandlung → Angebot: the tie's first
    // move leaves Angebot, where the move before left the deal, whatever the feed's order.
    const after = read(
      page(stage('Qualifiziert', '', false) + stage('Angebot', '3 T', true) + stage('Verhandlung', '', false), [
        change('Änderung', 'Phase: Angebot → Verhandlung', '17. November 2026 09:00'),
        change('Änderung', 'Phase: Verhandlung → Angebot', '17. November 2026 09:00'),
        change('Änderung', 'Phase: Qualifiziert → Angebot', '10. November 2026 09:00'),
      ]),
    );
    expect(after.record.stageHistory.map((e) => e.stage)).toEqual([
      'Qualifiziert',
      'Angebot',
      'Verhandlung',
      'Angebot',
    ]);
  });
});
