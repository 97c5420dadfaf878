import { describe, expect, it } from 'vitest';
import { item, personPage } from './hashed-person-page';
import { readPd, readWhole } from './read-written-page';
import { change, dealPage, stage } from './written-deal-page';

/**
 * Review console54. The rep clicks a deal card on Pipedrive's pipeline board; the deal opens as a
 * modal over the board and the address becomes /deal/77. The deal is written as crm-evidence-2.md
 * says (title in `[data-testid="header-title"] textarea`, cui5 stage buttons with `aria-label` and
 * `aria-selected`, the tab title "<deal> - Deals"); the board behind it keeps its toolbar heading
 * (the pipeline's name in a `header h1`), its stage columns and its deal cards (guessed markup: no
 * source shows the board). The modal holds the deal's own page, so it is the record
 * (record-in-layer.ts): the board's heading never names the deal, and the deal's History is read.
 */
const card = (id: number, title: string, person: string) =>
  `<div class="DealCard_card__b3"><a href="/deal/${id}" class="DealCard_title__b3">${title}</a><div class="DealCard_meta__b3"><span>${person}</span></div></div>`;
const column = (name: string, cards: string) =>
  `<div class="PipelineStage_column__c4"><div class="PipelineStage_header__c4"><h2>${name}</h2><span>€52,000</span></div>${cards}</div>`;

const DEAL = dealPage({
  title: 'Nordhavn — Cold-chain pilot',
  bar: stage('Qualified', '', false) + stage('Proposal made', '4 d', true) + stage('Negotiations started', '', false),
  feed: [
    change('Call', 'Call with Lee Okafor', 'November 18, 2026 at 2:00 PM', 'Casey Nguyen'),
    change('Email', 'Proposal sent', 'November 16, 2026 at 10:00 AM', 'Casey Nguyen'),
  ],
})
  .replace('<div id="root"><main>', '')
  .replace('</main></div>', '');

const BOARD_WITH_DEAL = `<div id="root"><main><div class="Pipeline_root__p1">
<header class="Pipeline_toolbar__p1"><h1>Sales pipeline</h1><button type="button">+ Deal</button></header>
<div class="Pipeline_board__p1">
${column('Qualified', card(71, 'Contoso — Depot sensors', 'Maya Lindqvist'))}
${column('Proposal made', card(77, 'Nordhavn — Cold-chain pilot', 'Lee Okafor') + card(72, 'Fabrikam — Forklift fleet', 'Ana Ruiz'))}
${column('Negotiations started', card(73, 'Globex — Yard tracking', 'Tom Berg'))}
</div></div>
<div role="dialog" aria-modal="true" aria-label="Deal">${DEAL}</div></main></div>`;

/** What a redesign leaves: every class, id and data attribute removed (roles and ARIA kept). */
const stripped = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');

const seen = (body: string, title: string) => {
  const r = readPd('/deal/77', body, { title });
  return r.status === 'read' && r.kind === 'deal'
    ? { name: r.record.name, stage: r.record.stage, titles: r.activities.map((a) => a.title) }
    : r.status;
};

const THE_DEAL = {
  name: 'Nordhavn — Cold-chain pilot',
  stage: 'Proposal made',
  titles: ['Call with Lee Okafor', 'Proposal sent'],
};

describe('Pipedrive: a deal opened as a modal over the pipeline board', () => {
  it('is the deal the modal shows, named by its own title, with its stage and history', () => {
    expect(seen(BOARD_WITH_DEAL, 'Nordhavn — Cold-chain pilot - Deals')).toEqual(THE_DEAL);
  });

  it('is the deal the modal shows when the tab title names neither: its title marker outranks the board’s heading', () => {
    expect(seen(BOARD_WITH_DEAL, 'Pipedrive')).toEqual(THE_DEAL);
  });

  it('without classes and test ids, the tab title names the deal’s title in the modal, not the board’s', () => {
    expect(seen(stripped(BOARD_WITH_DEAL), 'Nordhavn — Cold-chain pilot - Deals')).toEqual(THE_DEAL);
  });
});

/**
 * The other way round: a deal's modal (its title marker and History) opened over a person page whose
 * title carries no marker, the address still the person's. The tab title names the person: the
 * modal is drawn over the record, and neither its name nor its History is the person's.
 */
describe('Pipedrive: a deal modal over a person page the tab title names', () => {
  it('leaves the person the record', () => {
    const page = personPage({
      history: [item({ icon: 'Call', done: true, subject: 'Intro call', date: 'November 12, 2026 at 9:00 AM' })],
    })
      .replace(' data-testid="header-title"', '')
      .replace('</main>', `<div role="dialog" aria-modal="true" aria-label="Deal">${DEAL}</div></main>`);
    const r = readWhole('/person/2210', page);
    expect(r.status === 'read' ? { name: r.record.name, titles: r.activities.map((a) => a.title) } : r.status).toEqual({
      name: 'Maya Lindqvist',
      titles: ['Intro call'],
    });
  });
});
