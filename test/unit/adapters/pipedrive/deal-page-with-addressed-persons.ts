import { readDeal } from './read-written-page';

/**
 * Written for review s52. A Pipedrive deal page written from crm-evidence-2.md: the title in
 * `[data-testid="header-title"] textarea.cui5-editable-text__input`, cui5 stage buttons with the
 * name in `aria-label` and the days as a visible prefix, field rows, persons as plain
 * `a[href*="/person/{id}"]` links, History entries typed by their icon's `aria-label`.
 */
export const step = (name: string, days: string, selected: boolean) =>
  `<button type="button" class="cui5-stage-selector__stage" aria-label="${name}" aria-selected="${selected}">${days ? `${days} · ` : ''}${name}</button>`;

const row = (label: string, value: string) =>
  `<div class="Fields_row__p0"><span data-testid="field-name">${label}</span><div data-testid="fields-list-row-field-components">${value}</div></div>`;

export interface Deal {
  title: string;
  value: string;
  bar: string;
  fields: [string, string][];
  persons: string;
  personsHeading: string;
  feed: string;
}

export function dealHtml(d: Deal): string {
  return `<div id="root"><main class="Shell_main__z1">
<div class="DealView_root__n3">
 <div class="DealView_top__n3">
  <div data-testid="header-title"><textarea class="cui5-editable-text__input">${d.title}</textarea></div>
  <div class="DealView_summary__n3"><span class="DealView_value__n3">${d.value}</span></div>
  <div class="DealView_actions__n3"><button type="button">Won</button><button type="button">Lost</button></div>
  <div class="cui5-stage-selector">${d.bar}</div>
 </div>
 <div class="DealView_body__n3">
  <aside class="DealView_side__n3">
   <section>${d.fields.map(([l, v]) => row(l, v)).join('')}</section>
   <section class="Persons_root__c4"><h3>${d.personsHeading}</h3>${d.persons}</section>
  </aside>
  <div class="DealView_flow__n3"><h2>History</h2><div role="group"><button type="button" data-testid="filter-button-all" aria-pressed="true">All</button><button type="button" aria-pressed="false">Notes</button></div>
   <div class="Flow_list__n3">${d.feed}</div>
  </div>
 </div>
</div></main></div>`;
}

export const readDealPage = (d: Deal, lang = 'en-US') =>
  readDeal('/deal/4410', dealHtml(d), { lang, title: `${d.title} - Deals` });
