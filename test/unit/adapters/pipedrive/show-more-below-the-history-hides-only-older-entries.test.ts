/**
 * Pipedrive's History lists newest first (place-in-feed.ts): a "Show more" control below its last
 * entry hides only older entries, so the reading says which part is missing (`part: 'older'`) and
 * how far back the History was loaded (`olderThan`: its last entry shown, in page order). Without
 * them every figure of the period was "not known", though entries older than the last shown cannot
 * touch a period it reaches past. Focus above the History keeps a mail pinned on top, sent long ago: its
 * date says nothing of how far back the History was loaded. A "Show more" under Focus's planned
 * activities fetches more planned ones, which are never touches (metrics.md): it says nothing of
 * the History. Review s62 (partial).
 */
import { describe, expect, it } from 'vitest';
import { type Item, item, personPage, read } from './hashed-person-page';

const footer = (label: string) =>
  `<div class="FlowList_footer__n4Vc7"><button type="button" class="cui5-button cui5-button--ghost">${label}</button></div>`;

const EN: Item[] = [
  { icon: 'Call', subject: 'Discovery call', date: 'Nov 16, 2026 9:30 AM', done: true },
  { icon: 'Meeting', subject: 'Onsite demo', date: 'Nov 12, 2026 2:00 PM', done: true },
];
const DE: Item[] = [
  { icon: 'Anruf', subject: 'Erstgespräch', date: '16. November 2026 09:30', done: true },
  { icon: 'Meeting', subject: 'Demo vor Ort', date: '12. November 2026 14:00', done: true },
].map((i) => ({ ...i, checkLabel: 'Als nicht erledigt markieren' }));
const IT: Item[] = [
  { icon: 'Chiamata', subject: 'Chiamata conoscitiva', date: '16 nov 2026, 09:30', done: true },
  { icon: 'Riunione', subject: 'Demo in sede', date: '12 nov 2026, 14:00', done: true },
];
const OLDEST_SHOWN = '2026-11-12T14:00:00.000Z';

const activitiesGaps = (html: string) => read(html).notRead.filter((n) => n.field === 'activities');

describe('a "Show more" control below the History', () => {
  it.each([
    ['en', 'History', 'Show more', EN],
    ['de', 'Verlauf', 'Mehr anzeigen', DE],
    ['it', 'Cronologia', 'Carica altre attività', IT],
  ])('%s "%s … %s": only entries older than the oldest shown are missing', (lang, historyTitle, label, entries) => {
    const html = personPage({ lang, historyTitle, history: entries.map((e) => item(e)), afterHistory: footer(label) });
    expect(activitiesGaps(html)).toEqual([
      {
        field: 'activities',
        reason: 'older history items are behind a "Show more" control',
        part: 'older',
        olderThan: OLDEST_SHOWN,
      },
    ]);
  });

  it('a mail pinned in Focus, sent in March, does not carry how far back the History was loaded', () => {
    const pinned = item({
      icon: 'Email',
      subject: 'Welcome to Nordhavn',
      href: '/mail/threads/77',
      date: 'Mar 3, 2026 9:00 AM',
      pinned: 'Pinned',
    });
    const html = personPage({
      focus: [pinned],
      history: EN.map((e) => item(e)),
      afterHistory: footer('Show more'),
    });
    expect(activitiesGaps(html)).toEqual([expect.objectContaining({ part: 'older', olderThan: OLDEST_SHOWN })]);
  });
});

describe('a "Show more" control under the planned activities of Focus', () => {
  const planned = (subject: string, date: string, icon = 'Call', checkLabel?: string): string =>
    item({ icon, subject, date, done: false, ...(checkLabel ? { checkLabel } : {}) });

  it.each([
    [
      'en',
      'Focus',
      'History',
      'Show more',
      [
        planned('Follow-up call', 'Nov 23, 2026 10:00 AM'),
        planned('Contract review', 'Nov 25, 2026 3:00 PM', 'Meeting'),
      ],
      EN,
    ],
    [
      'de',
      'Fokus',
      'Verlauf',
      'Mehr anzeigen',
      [planned('Nachfassen', '23. November 2026 10:00', 'Anruf', 'Als erledigt markieren')],
      DE,
    ],
  ])(
    '%s: the whole History shown below it is read as whole',
    (lang, focusTitle, historyTitle, label, focus, entries) => {
      const html = personPage({
        lang,
        focusTitle,
        focus: [...focus, footer(label)],
        historyTitle,
        history: entries.map((e) => item(e)),
      });
      expect(activitiesGaps(html)).toEqual([]);
    },
  );

  it('a "Show more" under the History too is still the History read in part', () => {
    const html = personPage({
      focus: [planned('Follow-up call', 'Nov 23, 2026 10:00 AM'), footer('Show more')],
      history: EN.map((e) => item(e)),
      afterHistory: footer('Show more'),
    });
    expect(activitiesGaps(html)).toEqual([expect.objectContaining({ part: 'older', olderThan: OLDEST_SHOWN })]);
  });
});

/**
 * An opened mail thread stands in the History by its newest message (Nov 18), showing its first
 * one too, sent in March: "Show more" below the call and the meeting after it hides what is older
 * than the meeting (Nov 12), never only what is older than March.
 */
describe('an opened thread opening the History, its first message months old', () => {
  const message = (date: string, from: string, to: string, text: string) =>
    `<div class="Mail_message__q1"><div><span class="FlowItem_date__t7Kq2">${date}</span></div><div>From: ${from}</div><div>To: ${to}</div><div>${text}</div></div>`;
  const maya = 'Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;';
  const casey = 'Casey Nguyen &lt;casey@acme.example&gt;';
  const thread = `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Email" title="Email"></span><div class="FlowItem_card__t7Kq2">
<div class="FlowItem_header__t7Kq2"><a class="FlowItem_subject__t7Kq2" href="/mail/threads/5501">Re: Cold-chain pilot</a> <span>2 messages</span></div>
${message('Mar 3, 2026 9:00 AM', casey, maya, 'Would a pilot in spring work for you?')}
${message('Nov 18, 2026 9:12 AM', maya, casey, 'Sorry for the long silence, yes let us talk.')}
</div></div>`;

  it('the History was loaded back to its last entry, the meeting', () => {
    const html = personPage({ history: [thread, ...EN.map((e) => item(e))], afterHistory: footer('Show more') });
    expect(read(html).activities.map((a) => a.timestamp)).toContain('2026-03-03T09:00:00.000Z');
    expect(activitiesGaps(html)).toEqual([expect.objectContaining({ part: 'older', olderThan: OLDEST_SHOWN })]);
  });

  it('the thread last in the History bounds it by its newest message', () => {
    const html = personPage({ history: [...EN.map((e) => item(e)), thread], afterHistory: footer('Show more') });
    expect(activitiesGaps(html)).toEqual([
      expect.objectContaining({ part: 'older', olderThan: '2026-11-18T09:12:00.000Z' }),
    ]);
  });
});

/**
 * Focus shows only its empty state; the History's entries below have no title of their own (no
 * source shows its markup, crm-evidence-2.md), so they fall under Focus's heading. The "Show more"
 * after them is still the feed cut short, of no known date (no `part`).
 */
describe('a "Show more" after entries under an empty Focus, the History untitled', () => {
  it('the activities are read in part, of no known part', () => {
    const html = personPage({
      focus: ['<p class="FlowEmpty_text__k2">Nothing planned</p>'],
      historyTitle: '',
      history: EN.map((e) => item(e)),
      afterHistory: footer('Show more'),
    });
    expect(activitiesGaps(html)).toEqual([
      { field: 'activities', reason: 'older history items are behind a "Show more" control' },
    ]);
  });
});
