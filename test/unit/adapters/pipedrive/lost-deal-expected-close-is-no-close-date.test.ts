// @vitest-environment happy-dom
/**
 * Review s61 (r61j). A lost deal read 20 Nov 2026 whose page shows no lost time, no "Deal closed on"
 * and no "Deal lost" entry, only its expected close date, Oct 31: a day planned while the deal was
 * open, not the day it was lost, though it has passed. Touchline took it as the close day, and the
 * bar's "12d" in Proposal, counted back from it, dated Proposal's entry Oct 19, though the whole
 * History shows no stage move, the bar counts no day in an earlier stage, and the deal was created
 * Sep 10 (in Proposal since then). A closed deal's close day is only a day the page says it closed on.
 */
import { describe, expect, it } from 'vitest';
import { readDeal } from './read-written-page';
import { change, dealPage, stage } from './written-deal-page';

interface Lost {
  lang: string;
  badge: string;
  bar: string;
  fields: [string, string][];
  feed?: string[];
}

const read = ({ lang, badge, bar, fields, feed }: Lost) =>
  readDeal(
    '/deal/315',
    dealPage({
      title: 'Harbor expansion',
      headerValue: '$42,000',
      owner: 'Sam Reed',
      buttons: `<span class="StatusBadge_badge__p3">${badge}</span>`,
      bar,
      fields: [['Owner', 'Sam Reed'], ['Pipeline', 'Sales'], ...fields],
      persons: '<section><h3>Persons</h3><a href="/person/901">Kim Lee</a></section>',
      feed: feed ?? [change('Call', 'Call with Kim', 'Oct 1, 2026 11:00 AM', 'Sam Reed')],
    }),
    { lang, title: 'Harbor expansion - Deals' },
  );

const EN_BAR = stage('Lead In', '', false) + stage('Contact Made', '', false) + stage('Proposal', '12d', true);

const lostEn = (fields: [string, string][], feed?: string[]) =>
  read({ lang: 'en-US', badge: 'Lost', bar: EN_BAR, fields, feed });

describe('a lost Pipedrive deal whose page shows only its expected close date', () => {
  it('has no close date, and says the page shows only the planned day', () => {
    const { record, notRead } = lostEn([
      ['Expected close date', 'Oct 31, 2026'],
      ['Deal created', 'Sep 10, 2026'],
    ]);
    expect(record.closed).toBe('lost');
    expect(record.closeDate).toBeUndefined();
    expect(notRead).toContainEqual({
      field: 'closeDate',
      reason:
        'the deal is lost and the page shows only its expected close date ("Oct 31, 2026", 2026-10-31), not when it was lost',
    });
  });

  it('dates no stay from the bar, and was in its stage since its creation (no move in a whole feed)', () => {
    const { record } = lostEn([
      ['Expected close date', 'Oct 31, 2026'],
      ['Deal created', 'Sep 10, 2026'],
    ]);
    expect(record.stageHistory).toEqual([{ stage: 'Proposal', enteredAt: '2026-09-10T00:00:00.000Z' }]);
  });

  it('still closes on the day its feed says it was lost, counting the bar back from it', () => {
    const { record } = lostEn(
      [
        ['Expected close date', 'Oct 31, 2026'],
        ['Deal created', 'Sep 10, 2026'],
      ],
      [
        change('Changelog', 'Deal lost: No budget', 'Oct 7, 2026 4:00 PM', 'Sam Reed'),
        change('Call', 'Call with Kim', 'Oct 1, 2026 11:00 AM', 'Sam Reed'),
      ],
    );
    expect(record.closeDate).toBe('2026-10-07');
  });

  it('says the page shows no lost time where it shows no expected close date either', () => {
    const { record, notRead } = lostEn([['Deal created', 'Sep 10, 2026']]);
    expect(record.closeDate).toBeUndefined();
    expect(notRead).toContainEqual({ field: 'closeDate', reason: 'the deal is lost and the page shows no lost time' });
  });

  it('an open deal keeps its expected close date, passed or not', () => {
    const open = read({
      lang: 'en-US',
      badge: '',
      bar: EN_BAR,
      fields: [
        ['Expected close date', 'Oct 31, 2026'],
        ['Deal created', 'Sep 10, 2026'],
      ],
    });
    expect(open.record.closeDate).toBe('2026-10-31');
  });
});

/** Each language of the word tables: the lost badge, the expected close date's label and a date past. */
const LANGUAGES: { lang: string; badge: string; expected: string; shown: string }[] = [
  { lang: 'de-DE', badge: 'Verloren', expected: 'Erwartetes Abschlussdatum', shown: '31.10.2026' },
  { lang: 'fr-FR', badge: 'Perdue', expected: 'Date de clôture prévue', shown: '31/10/2026' },
  { lang: 'es-ES', badge: 'Perdido', expected: 'Fecha de cierre prevista', shown: '31/10/2026' },
  { lang: 'pt-BR', badge: 'Perdido', expected: 'Data de fechamento esperada', shown: '31/10/2026' },
  { lang: 'nl-NL', badge: 'Verloren', expected: 'Verwachte sluitingsdatum', shown: '31-10-2026' },
  { lang: 'it-IT', badge: 'Persa', expected: 'Data di chiusura prevista', shown: '31/10/2026' },
];

describe('in every language, a lost deal’s expected close date is not its close date', () => {
  for (const { lang, badge, expected, shown } of LANGUAGES)
    it(lang, () => {
      const bar = stage('Lead In', '', false) + stage('Proposal', '12 d', true);
      const { record, notRead } = read({ lang, badge, bar, fields: [[expected, shown]] });
      expect(record.closed).toBe('lost');
      expect(record.closeDate).toBeUndefined();
      expect(notRead.find((n) => n.field === 'closeDate')?.reason).toContain('not when it was lost');
    });
});

describe('a Dutch lost deal’s lost time', () => {
  it('is read from "Verloren op" (a guess, like the won time’s "Gewonnen op")', () => {
    const bar = stage('Lead In', '', false) + stage('Proposal', '12 d', true);
    const { record } = read({
      lang: 'nl-NL',
      badge: 'Verloren',
      bar,
      fields: [
        ['Verwachte sluitingsdatum', '31-10-2026'],
        ['Verloren op', '12-11-2026'],
      ],
    });
    expect(record.closeDate).toBe('2026-11-12');
  });
});
