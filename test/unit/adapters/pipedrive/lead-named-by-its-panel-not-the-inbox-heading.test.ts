// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * Session 50, from the last session's review: a lead opened over the Leads Inbox (crm-pages.md:
 * /leads/inbox/{uuid}) was named "Leads Inbox". The list keeps its own heading in a `header h1`
 * above its rows, and it comes before the lead's panel in the page, so the generic title path
 * (`header h1`) took it. The lead's title is in its own panel beside the list (an `aside`, or a
 * dialog), and the list shows the lead as one of its rows. No source gives the heading's
 * translations, so the reader tells the list apart by its shape, never by its words; the German
 * heading below is the hand translation the other lead pages use (lead-and-deal-pages.ts).
 * Guessed markup throughout: no source shows the Leads Inbox list or the lead panel.
 */
const LEAD = '2a5c1f60-7e1b-11ef-9a2b-3b1c0e5d7f01';
const PATH = `/leads/inbox/${LEAD}`;

const LANGS = {
  en: {
    lang: 'en-US',
    tab: 'Leads Inbox - Pipedrive',
    inbox: 'Leads Inbox',
    lead: 'Fleet pilot lead',
    head: ['Title', 'Person', 'Organization', 'Value'],
    panel: 'Lead details',
    history: 'History',
    call: 'Call',
    note: 'Note',
    undone: 'Mark as not done',
    callDate: 'November 18, 2026 at 2:05 PM',
    noteDate: 'November 17, 2026 at 9:00 AM',
    subject: 'Discovery call',
    noteText: 'Jordan wants a pilot in Q1.',
  },
  de: {
    lang: 'de-DE',
    tab: 'Leads-Eingang - Pipedrive',
    inbox: 'Leads-Eingang',
    lead: 'Flottenpilot Lead',
    head: ['Titel', 'Person', 'Organisation', 'Wert'],
    panel: 'Lead-Details',
    history: 'Verlauf',
    call: 'Anruf',
    note: 'Notiz',
    undone: 'Als nicht erledigt markieren',
    callDate: '18. November 2026 um 14:05',
    noteDate: '17. November 2026 um 09:00',
    subject: 'Erstgespräch',
    noteText: 'Jordan möchte einen Pilot im ersten Quartal.',
  },
};
type L = (typeof LANGS)['en'];

/** The list's rows: the opened lead (selected) and two others, each a record of its own. */
const rows = (L: L) =>
  [
    [LEAD, L.lead, 'Jordan Costa', 'Costa Fleet', '5.000 €', true],
    ['7c1d2e30-8f4a-4b5c-9d6e-0f1a2b3c4d5e', 'Depot rollout', 'Rita Brandt', 'Brandt Depots', '2.400 €', false],
    ['9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', 'Harbour cranes', 'Ole Sand', 'Sand Havn', '8.100 €', false],
  ]
    .map(
      ([id, title, person, org, value, sel]) =>
        `<div role="row" class="LeadsList_row__k2Jd8" aria-selected="${sel}"><div role="gridcell"><a href="/leads/inbox/${id}">${title}</a></div><div role="gridcell">${person}</div><div role="gridcell">${org}</div><div role="gridcell">${value}</div></div>`,
    )
    .join('\n');

/** The lead's panel content: its own title (unless left out), a field row, its History. */
const panelBody = (
  L: L,
  title: boolean,
) => `${title ? `<header class="LeadPanel_header__a1"><h1 class="cui5-text">${L.lead}</h1></header>` : ''}
<div class="LeadPanel_fields__a1"><div class="FormField__formField--E60Qw"><span data-testid="field-name">${L.head[2]}</span><div data-testid="fields-list-row-field-components">Costa Fleet</div></div></div>
<section class="sc-kDvujY hHgWkP"><h2>${L.history}</h2><ul class="sc-csKJxZ jMcPzq">
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="${L.call}"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="${L.undone}"></button><a href="/activities/8801">${L.subject}</a></div><div><span>${L.callDate}</span> · <span>Alex Morgan</span></div></li>
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="${L.note}"></span><div><span>${L.noteDate}</span> · <span>Alex Morgan</span></div><div>${L.noteText}</div></li>
</ul></section>`;

const PANELS = {
  aside: (L: L, title: boolean) =>
    `<aside class="LeadPanel_root__q9Zt1" aria-label="${L.panel}">${panelBody(L, title)}</aside>`,
  'modal dialog': (L: L, title: boolean) =>
    `<div role="dialog" aria-modal="true" aria-label="${L.panel}" class="LeadPanel_root__q9Zt1">${panelBody(L, title)}</div>`,
};

const page = (
  L: L,
  panel: string,
) => `<!DOCTYPE html><html lang="${L.lang}"><head><meta charset="utf-8"><title>${L.tab}</title></head><body>
<div id="root"><main class="App_main__k2Lp0">
<div class="LeadsList_root__x1">
<header class="LeadsList_header__k3"><h1 class="cui5-text">${L.inbox}</h1><button type="button" class="cui5-button">+ Lead</button></header>
<div role="grid" class="LeadsList_grid__k2Jd8"><div role="row">${L.head.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>
${rows(L)}
</div></div>
${panel}
</main></div></body></html>`;

/** What a redesign leaves: every class, id and data attribute removed (roles and ARIA kept). */
const stripped = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');

const GENERATIONS = [
  ['current', (h: string) => h],
  ['classless', stripped],
] as const;

describe.each(Object.entries(LANGS))('Pipedrive lead over the Leads Inbox list, %s', (_code, L) => {
  describe.each(Object.entries(PANELS))('the lead panel drawn as an %s', (_kind, panel) => {
    it.each(GENERATIONS)('%s markup: the lead is named by its panel’s title, not the list’s heading', (_g, make) => {
      const reading = readWhole(PATH, make(page(L, panel(L, true))));
      if (reading.status !== 'read') throw new Error(JSON.stringify(reading));
      expect(reading.record.name).toBe(L.lead);
      expect(reading.activities.map((a) => a.title)).toEqual([L.subject, L.noteText]);
    });

    it.each(GENERATIONS)(
      '%s markup: a panel without a title of its own leaves the name not read, never the list’s heading',
      (_g, make) => {
        const reading = readWhole(PATH, make(page(L, panel(L, false))));
        expect(reading.status).toBe('unreadable');
        if (reading.status !== 'unreadable') return;
        const name = reading.notRead.find((n) => n.field === 'name');
        expect(name?.reason).toContain(L.inbox);
      },
    );
  });
});

/**
 * Pages whose first heading is the record's own name read as before, though they show rows too: a
 * deal's products drawn as a grid, and a widget headed by an `h1` of its own beside the deal.
 */
const dealPage = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Pipedrive</title></head><body>
<div id="root"><main class="App_main__k2Lp0">
<div class="DealView_root__h2Jk4">
<header class="DealHeader_root__a8Rt3"><h1 class="cui5-text">Costa Fleet renewal</h1></header>
<div role="grid" aria-label="Products"><div role="row"><div role="columnheader">Product</div><div role="columnheader">Price</div></div>
<div role="row"><div role="gridcell"><a href="/products/41">Fleet tracker</a></div><div role="gridcell">$1,200</div></div>
<div role="row"><div role="gridcell"><a href="/products/42">Depot sensor</a></div><div role="gridcell">$300</div></div></div>
<section><h2>History</h2><ul>
<li><span class="cui5-icon" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/8811">Renewal call</a></div><div><span>November 18, 2026 at 2:05 PM</span> · <span>Alex Morgan</span></div></li>
</ul></section>
</div>
<aside class="SalesAssistant_root__z7Yh2"><h1 class="cui5-text">Sales Assistant</h1><p>Deals like this one close in 21 days.</p></aside>
</main></div></body></html>`;

describe('Pipedrive deal page showing rows of its own', () => {
  it.each(GENERATIONS)('%s markup: its first heading is still its name', (_g, make) => {
    const reading = readWhole('/deal/3150', make(dealPage));
    if (reading.status !== 'read') throw new Error(JSON.stringify(reading));
    expect(reading.record.name).toBe('Costa Fleet renewal');
    expect(reading.activities.map((a) => a.title)).toEqual(['Renewal call']);
  });
});
