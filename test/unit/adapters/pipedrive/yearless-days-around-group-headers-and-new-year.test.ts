import { describe, expect, it } from 'vitest';
import { byTitle, entry, page, readAt, strip } from './hand-written-feed-page';

const meta = (date: string, owner = 'Jonas Keller') =>
  `<span class="FlowItem_date__Zq81a">${date}</span> · <span>${owner}</span> · <a href="/person/5120">Ines Bauer</a>`;
const act = (subject: string, date: string, done?: boolean, icon = 'Call') =>
  entry({ icon, done, subject, meta: meta(date) });
const hdr = (t: string) => `<div class="FlowGroup_title__p2">${t}</div>`;

describe('Pipedrive: yearless days around group headers and the new year', () => {
  it('a done call dated "Dec 30" read on 4 January is last December (en)', () => {
    const html = page({ lang: 'en', history: [act('Year-end call', 'Dec 30 at 10:00 AM', true)] });
    for (const h of [html, strip(html)])
      expect(byTitle(readAt(h, '2027-01-04T09:00:00Z'), 'Year-end call')).toMatchObject({
        timestamp: '2026-12-30T10:00:00.000Z',
      });
  });

  it('a done call "30. Dez. um 10:00" read on 4 January is last December (de)', () => {
    const html = page({
      lang: 'de',
      historyTitle: 'Verlauf',
      history: [act('Jahresabschluss', '30. Dez. um 10:00', true, 'Anruf')],
    });
    expect(byTitle(readAt(html, '2027-01-04T09:00:00Z'), 'Jahresabschluss')).toMatchObject({
      timestamp: '2026-12-30T10:00:00.000Z',
    });
  });

  it('ordinary history items without a year, today, yesterday', () => {
    const html = page({
      lang: 'en',
      history: [
        act('A today', 'Today at 9:00 AM', true),
        act('B yesterday', 'Yesterday at 4:00 PM', true),
        act('C nov', 'Nov 3 at 11:00 AM', true),
        act('D lastyear', 'Dec 12, 2025 at 11:00 AM', true),
        entry({ icon: 'Email', subject: 'E mail', meta: meta('Nov 17 at 8:00 AM') }),
      ],
    });
    const r = readAt(html);
    expect(Object.fromEntries(r.activities.map((a) => [a.title, a.timestamp]))).toMatchObject({
      'A today': '2026-11-20T09:00:00.000Z',
      'B yesterday': '2026-11-19T16:00:00.000Z',
      'C nov': '2026-11-03T11:00:00.000Z',
      'D lastyear': '2025-12-12T11:00:00.000Z',
      'E mail': '2026-11-17T08:00:00.000Z',
    });
  });

  it('Focus: a planned call under a yearless month header after an overdue group of last year (flat headers) is this December', () => {
    const html = page({
      lang: 'en',
      focus: [
        hdr('November 2025'),
        act('Old overdue task', 'Nov 14 at 9:00 AM', false, 'Task'),
        hdr('December'),
        act('Planned call', 'Dec 10 at 10:00 AM', false),
      ],
      history: [act('Past call', 'Nov 3, 2026 at 10:00 AM', true)],
    });
    for (const h of [html, strip(html)])
      expect(byTitle(readAt(h, '2026-12-07T09:00:00Z'), 'Planned call')).toMatchObject({
        timestamp: '2026-12-10T10:00:00.000Z',
        planned: true,
      });
  });

  it('History (flat headers): an item under a yearless day header below a group of next year is this year', () => {
    const html = page({
      lang: 'en',
      history: [
        hdr('January 2027'),
        act('Ticked early', 'Jan 12, 2027 at 10:00 AM', true),
        hdr('December'),
        act('Early Dec call', 'Dec 2 at 10:00 AM', true),
      ],
    });
    for (const h of [html, strip(html)])
      expect(byTitle(readAt(h, '2026-12-07T09:00:00Z'), 'Early Dec call')).toMatchObject({
        timestamp: '2026-12-02T10:00:00.000Z',
      });
  });

  it('de Focus (flat headers): "November 2025" overdue group, then "Dezember": "10. Dez. um 10:00" is this December', () => {
    const html = page({
      lang: 'de',
      historyTitle: 'Verlauf',
      focus: [
        hdr('November 2025'),
        act('Alte Aufgabe', '14. Nov. um 09:00', false, 'Aufgabe'),
        hdr('Dezember'),
        act('Geplanter Anruf', '10. Dez. um 10:00', false, 'Anruf'),
      ],
      history: [act('Anruf vorher', '3. Nov. 2026 um 10:00', true, 'Anruf')],
    });
    for (const h of [html, strip(html)])
      expect(byTitle(readAt(h, '2026-12-07T09:00:00Z'), 'Geplanter Anruf')).toMatchObject({
        timestamp: '2026-12-10T10:00:00.000Z',
        planned: true,
      });
  });

  it('a done item whose subject starts with "Completed" and a date keeps its own date', () => {
    const html = page({ lang: 'en', history: [act('Completed 11/02 review', 'Nov 18 at 10:00 AM', true)] });
    expect(byTitle(readAt(html), 'Completed 11/02 review')).toMatchObject({ timestamp: '2026-11-18T10:00:00.000Z' });
  });

  it('a planned call in Focus read on 28 December dated "Jan 4" is next January', () => {
    const html = page({ lang: 'en', focus: [act('Kickoff', 'Jan 4 at 10:00 AM', false)], history: [] });
    expect(byTitle(readAt(html, '2026-12-28T09:00:00Z'), 'Kickoff')).toMatchObject({
      timestamp: '2027-01-04T10:00:00.000Z',
      planned: true,
    });
  });

  it('a weekday + month-name day keeps working (de: "Mi., 18. Nov. um 10:00")', () => {
    const html = page({
      lang: 'de',
      historyTitle: 'Verlauf',
      history: [act('Termin', 'Mi., 18. Nov. um 10:00', true, 'Anruf')],
    });
    expect(byTitle(readAt(html), 'Termin')).toMatchObject({ timestamp: '2026-11-18T10:00:00.000Z' });
  });

  it('a subject mentioning a weekday and a version number does not date the item', () => {
    const html = page({
      lang: 'en',
      history: [
        entry({
          icon: 'Note',
          subject: 'Notes',
          meta: meta('Nov 18 at 10:00 AM'),
          extra: '<div class="FlowItem_text__Zq81a">Call Mon 1.2 release notes</div>',
        }),
      ],
    });
    const r = readAt(html);
    expect(r.activities.find((a) => a.timestamp !== '2026-11-18T10:00:00.000Z' && a.type !== 'note')).toBeUndefined();
  });
  it.each([
    ['nl', 'Gesprek', 'do 15-10 14:30'],
    ['fr', 'Appel', 'jeu. 15/10 14:30'],
    ['it', 'Chiamata', 'gio 15/10 14:30'],
    ['de', 'Anruf', 'Do., 15.10., 14:30'],
    ['en-US', 'Call', 'Thu, 10/15 at 2:30 PM'],
  ])('%s weekday + numeric day "%s" is 15 October 2026 14:30', (lang, icon, date) => {
    const html = page({ lang, history: [act('First call', date, true, icon)] });
    for (const h of [html, strip(html)])
      expect(byTitle(readAt(h), 'First call')).toMatchObject({ timestamp: '2026-10-15T14:30:00.000Z' });
  });

  it('a month header naming its year with the group\'s count ("November 2025 (2)") gives that year', () => {
    const html = page({
      lang: 'de',
      historyTitle: 'Verlauf',
      history: [
        `<div>${hdr('November 2025 (2)')}<div>${act('Erstgespräch', '18. Nov. um 10:00', true, 'Anruf')}</div></div>`,
      ],
    });
    expect(byTitle(readAt(html), 'Erstgespräch')).toMatchObject({ timestamp: '2025-11-18T10:00:00.000Z' });
  });
});
