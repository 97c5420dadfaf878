import { readPd } from './read-written-page';

/**
 * Written for review s52. A Pipedrive person page written from crm-evidence-2.md: build-hashed classes,
 * the title in `[data-testid="header-title"]`, field rows as `[data-testid="field-name"]` beside
 * `[data-testid="fields-list-row-field-components"]`, a Focus section above the History, whose
 * filter chips carry `data-testid="filter-button-all"` and `aria-pressed`, type only in an icon's
 * `aria-label`/`title`, dates in a `FlowItem_date__…` element.
 */
export function personPage(feed: string, focus = '', email = 'lena.vogt@harbor.example', owner = 'Sam Ortiz'): string {
  return `
<div id="root"><main class="Shell_content__k2Lp0">
<div class="viewContainer"><div class="Detail_root__q9Ww1">
  <header class="Detail_header__q9Ww1"><div data-testid="header-title"><h1>Lena Vogt</h1></div></header>
  <div class="Detail_body__q9Ww1">
    <aside class="Detail_sidebar__q9Ww1"><section>
      <div class="Field_row__u1Xx"><span data-testid="field-name">Email</span><div data-testid="fields-list-row-field-components"><a href="mailto:${email}">${email}</a></div></div>
      <div class="Field_row__u1Xx"><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">${owner}</div></div>
    </section></aside>
    <div class="Detail_main__q9Ww1">
      <section class="Flow_section__m1Aa"><h2>Focus</h2>${focus}</section>
      <section class="Flow_section__m1Aa"><h2>History</h2>
        <div role="group" aria-label="Filter history"><button type="button" data-testid="filter-button-all" aria-pressed="true">All</button><button type="button" data-testid="filter-button-activities" aria-pressed="false">Activities</button></div>
        <div class="Flow_list__m1Aa">${feed}</div>
      </section>
    </div>
  </div>
</div></div>
</main></div>`;
}

export function readPerson(feed: string, focus = '', lang = 'en-US') {
  return readPd('/person/5120', personPage(feed, focus), { lang, title: 'Lena Vogt - Persons' });
}

/** A feed entry: the type icon (cui5, named only by `aria-label`/`title`) and its card. */
export const entry = (icon: string, inner: string) =>
  `<div class="FlowItem_item__z8Qp1"><span class="cui5-icon FlowItem_icon__z8Qp1" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__z8Qp1">${inner}</div></div>`;

export const date = (text: string) => `<span class="FlowItem_date__z8Qp1">${text}</span>`;

/** A done call in the History, to give the feed an ordinary entry beside the one under test. */
export const doneCall = entry(
  'Call',
  `<div class="FlowItem_header__z8Qp1"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/801">Call with Lena</a></div><div class="FlowItem_meta__z8Qp1">${date('November 13, 2026 at 2:00 PM')} · Sam Ortiz</div>`,
);
