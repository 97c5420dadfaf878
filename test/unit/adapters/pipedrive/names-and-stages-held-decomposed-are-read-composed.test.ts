import { describe, expect, it } from 'vitest';
import { activityItem, changelogItem, dealPage, fieldRow, readDeal, stageBar } from './div-header-deal-page';
import { readPd } from './read-written-page';
import { change, stage, dealPage as writtenDeal } from './written-deal-page';

/**
 * A company may hold its stage names, deal titles or activity types decomposed ("Ne\u0301gociation",
 * named on a Mac) while the page draws other copies of them composed. The page's text is read
 * composed (dom.ts pageText); what the page puts in its tab title and attributes is read the same
 * way, or the copies never meet: the current stage is not the one its history entered, the tab
 * title names none of the records shown, an activity's type is not understood.
 */
const NFD = (text: string) => text.normalize('NFD');
const OWNER = fieldRow('Owner', 'Casey Nguyen') + fieldRow('Deal created', 'Sep 1, 2026');
const MOVE = changelogItem('Stage changed: Qualifié → Négociation', 'Nov 18, 2026 2:05 PM');
const step = (attributes: string, text: string, current: boolean) =>
  `<button type="button" class="cui5-stage-selector__stage" aria-selected="${current}" ${attributes}>${text}</button>`;
const bar = (steps: string) => `<div class="cui5-stage-selector" aria-label="Pipeline stages">${steps}</div>`;

function stageAndEntries(stages: string) {
  const { record } = readDeal(dealPage({ lang: 'en', stages, fields: OWNER, feed: MOVE }));
  const history = record.stageHistory as { stage: string; enteredAt: string }[];
  return { stage: record.stage, entered: history.filter((e) => e.stage === record.stage).map((e) => e.enteredAt) };
}

const NEGOTIATION = { stage: 'Négociation', entered: ['2026-11-18T14:05:00.000Z'] };

describe('Pipedrive: a stage bar naming its stages decomposed', () => {
  it('by aria-label: the current stage is the one the History entered on 18 Nov', () => {
    const stages = stageBar([
      [NFD('Qualifié'), 12, false],
      [NFD('Négociation'), 2, true],
      [NFD('Gagné'), null, false],
    ]);
    expect(stageAndEntries(stages)).toEqual(NEGOTIATION);
  });

  it('by data-stage-name, beside the name drawn composed', () => {
    const stages = bar(
      step(`data-stage-name="${NFD('Qualifié')}"`, 'Qualifié', false) +
        step(`data-stage-name="${NFD('Négociation')}"`, '2 d · Négociation', true),
    );
    expect(stageAndEntries(stages)).toEqual(NEGOTIATION);
  });

  it('by the tooltip of a step drawn with its day count alone', () => {
    const stages = bar(
      step(`title="${NFD('Qualifié')}"`, '', false) + step(`title="${NFD('Négociation')}"`, '2 d', true),
    );
    expect(stageAndEntries(stages)).toEqual(NEGOTIATION);
  });
});

describe('Pipedrive: a tab title naming the record decomposed', () => {
  it('names the record composed where the page shows no title', () => {
    const result = readPd('/deal/3150', '<main><textarea>ignored</textarea></main>', {
      title: `${NFD('Núñez pilot')} - Deals`,
    });
    expect(result.status === 'read' ? result.record.name : result.status).toBe('Núñez pilot');
  });

  it('says which of two records shown is the record', () => {
    const view = (name: string) => `<div><header><h1>${name}</h1></header></div>`;
    const result = readPd('/person/2210', `${view('Tom Berg')}${view('José Núñez')}`, { title: NFD('José Núñez') });
    expect(result.status === 'read' ? result.record.name : result.status).toBe('José Núñez');
  });
});

describe('Pipedrive: a deal opened as a modal over the pipeline board, the tab naming it decomposed', () => {
  const title = 'Núñez — Cold-chain pilot';
  const deal = writtenDeal({
    title,
    bar: stage('Qualified', '', false) + stage('Proposal made', '4 d', true),
    feed: [change('Call', 'Call with Lee Okafor', 'November 18, 2026 at 2:00 PM', 'Casey Nguyen')],
  })
    .replace('<div id="root"><main>', '')
    .replace('</main></div>', '');
  // Without classes, ids and data attributes, only the tab title tells the deal's title from the board's heading.
  const board =
    `<main><div><header><h1>Sales pipeline</h1></header><div><div><h2>Proposal made</h2><a href="/deal/77">${title}</a></div></div></div>
<div role="dialog" aria-modal="true" aria-label="Deal">${deal}</div></main>`.replace(
      /\s(?:class|id|data-[\w-]+)="[^"]*"/g,
      '',
    );

  it('is the deal the modal shows', () => {
    const result = readPd('/deal/77', board, { title: `${NFD(title)} - Deals` });
    expect(
      result.status === 'read' ? [result.record.name, result.activities.map((a) => a.title)] : result.status,
    ).toEqual([title, ['Call with Lee Okafor']]);
  });
});

describe('Pipedrive: an activity typed by an icon labelled decomposed', () => {
  it('is the type the label names ("Réunion", a meeting)', () => {
    const feed = activityItem(NFD('Réunion'), 5501, 'Point mensuel', 'Nov 18, 2026 2:05 PM');
    const { activities } = readDeal(dealPage({ lang: 'fr', fields: OWNER, feed }));
    expect(activities.map((a) => a.type)).toEqual(['meeting']);
  });
});
