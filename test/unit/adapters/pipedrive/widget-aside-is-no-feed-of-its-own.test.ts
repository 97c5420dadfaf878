// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * Session 50, from the last session's review. Where no entry stands outside a landmark, the
 * entries of an `<aside>` headed by a title of its own were kept as the record's feed (a lead's
 * panel over the Leads Inbox: lead-panel-in-aside-keeps-its-feed.test.ts). A person with no feed
 * entries of their own, beside a widget such as "Sales Assistant" or "Smart Docs" in an aside
 * with an `h1` and dated lines under a Call icon, had the widget's lines read as her calls. An
 * aside that does not carry the record's name holds the feed only where it shows the feed's own
 * markers (a History heading, in the page's language); else no feed is found, and said so.
 * Guessed markup: no source shows these widgets.
 */
const LANGS = {
  en: {
    lang: 'en',
    tab: 'Ana Ruiz - Persons',
    widget: 'Sales Assistant',
    panel: 'Activity',
    history: 'History',
    empty: 'No activities yet',
    call: 'Call',
    email: 'Email',
    note: 'Note',
    undone: 'Mark as not done',
    dates: ['Nov 19, 2026 10:00 AM', 'Nov 16, 2026 4:30 PM'],
    suggestions: ['Call Ana about the renewal', 'Send the pilot summary'],
    feedDates: ['Nov 18, 2026 2:05 PM', 'Nov 17, 2026 9:00 AM'],
    feed: ['Pricing call', 'Ana wants a pilot in Q1.'],
  },
  de: {
    lang: 'de',
    tab: 'Ana Ruiz - Personen',
    widget: 'Smart Docs',
    panel: 'Aktivität',
    history: 'Verlauf',
    empty: 'Noch keine Aktivitäten',
    call: 'Anruf',
    email: 'E-Mail',
    note: 'Notiz',
    undone: 'Als nicht erledigt markieren',
    dates: ['19. November 2026 um 10:00', '16. November 2026 um 16:30'],
    suggestions: ['Angebot an Ana senden', 'Pilotumfang zusammenfassen'],
    feedDates: ['18. November 2026 um 14:05', '17. November 2026 um 09:00'],
    feed: ['Preisgespräch', 'Ana möchte einen Pilot im ersten Quartal.'],
  },
};
type L = (typeof LANGS)['en'];

/** The widget's dated lines under type icons: suggestions or documents, no touches of Ana's. */
const widgetLines = (L: L) => `<ul>
<li><span class="cui5-icon" aria-label="${L.call}"></span><div><a href="/activities/9901">${L.suggestions[0]}</a></div><div><span>${L.dates[0]}</span> · <span>Jordan Blake</span></div></li>
<li><span class="cui5-icon" aria-label="${L.email}"></span><div><a href="/activities/9902">${L.suggestions[1]}</a></div><div><span>${L.dates[1]}</span> · <span>Jordan Blake</span></div></li>
</ul>`;

/** Ana's feed entries: a done call and a note. */
const feedEntries = (L: L) => `<ul>
<li><span class="cui5-icon" aria-label="${L.call}"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="${L.undone}"></button><a href="/activities/8801">${L.feed[0]}</a></div><div><span>${L.feedDates[0]}</span> · <span>Jordan Blake</span></div></li>
<li><span class="cui5-icon" aria-label="${L.note}"></span><div><span>${L.feedDates[1]}</span> · <span>Jordan Blake</span></div><div>${L.feed[1]}</div></li>
</ul>`;

const page = (
  L: L,
  main: string,
  aside: string,
) => `<!DOCTYPE html><html lang="${L.lang}"><head><meta charset="utf-8"><title>${L.tab}</title></head><body>
<div id="root"><main class="App_main__k2Lp0"><div class="PersonView_root__h2Jk4">
<header class="PersonHeader_root__a8Rt3"><h1 class="cui5-text">Ana Ruiz</h1></header>
${main}
</div>
${aside}
</main></div></body></html>`;

/** What a redesign leaves: every class, id and data attribute removed (roles and ARIA kept). */
const stripped = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');

const GENERATIONS = [
  ['current', (h: string) => h],
  ['classless', stripped],
] as const;

const contact = (html: string) => {
  const reading = readWhole('/person/2210', html);
  if (reading.status !== 'read' || reading.kind !== 'contact') throw new Error(JSON.stringify(reading));
  return reading;
};

describe.each(Object.entries(LANGS))('Pipedrive person without feed entries of her own, %s', (_code, L) => {
  const emptyHistory = `<section class="sc-kDvujY hHgWkP"><h2>${L.history}</h2><p>${L.empty}</p></section>`;
  const widget = `<aside class="Widget_root__z7Yh2"><h1 class="cui5-text">${L.widget}</h1>${widgetLines(L)}</aside>`;

  it.each(GENERATIONS)('%s markup: a widget’s dated lines in an aside headed by an h1 are no touches', (_g, make) => {
    const reading = contact(make(page(L, emptyHistory, widget)));
    expect(reading.record.name).toBe('Ana Ruiz');
    expect(reading.activities).toEqual([]);
    expect(reading.notRead).toContainEqual({ field: 'activities', reason: 'no timeline items found on the page' });
  });

  it.each(GENERATIONS)(
    '%s markup: an aside headed by a title of its own that shows the History heading holds her feed',
    (_g, make) => {
      const feedPanel = `<aside class="ActivityPanel_root__p4"><header><h1 class="cui5-text">${L.panel}</h1></header><section class="sc-kDvujY hHgWkP"><h2>${L.history}</h2>${feedEntries(L)}</section></aside>`;
      const reading = contact(make(page(L, '', feedPanel)));
      expect(reading.record.name).toBe('Ana Ruiz');
      expect(reading.activities.map((a) => a.title)).toEqual(L.feed);
    },
  );
});
