// Review s60 (panelread): a Pipedrive deal page written by hand.
// crm-evidence-2.md: build-hashed classes, cui5-* classes, fields [data-testid="field-name"] +
// [data-testid="fields-list-row-field-components"], person links a[href*="/person/{id}"], a feed
// mixing planned (Focus) and done (History) activities, mail and changes, type in an icon's
// aria-label/title, filter chips [data-testid="filter-button-all"] with aria-pressed, deal title
// [data-testid="header-title"] textarea, stage bar button.cui5-stage-selector__stage (aria-selected,
// aria-label = stage, visible text with a days-in-stage prefix).
const CO = 'coldline';
export const dealUrl = (id: string) => `https://${CO}.pipedrive.com/deal/${id}`;

export function pdItem(o: {
  icon: string;
  href?: string;
  subject?: string;
  when: string;
  done?: boolean;
  person?: [string, string];
  lines?: string[];
  text?: string;
}): string {
  const check =
    o.done === undefined
      ? ''
      : `<button type="button" role="checkbox" aria-checked="${o.done}" aria-label="${o.done ? 'Mark as not done' : 'Mark as done'}" class="cui5-checkbox"></button>`;
  const head = o.subject
    ? `<div class="FlowItem_header__t7Kq2">${check}<a class="FlowItem_subject__t7Kq2" href="${o.href}">${o.subject}</a></div>`
    : '';
  return `<div class="FlowItem_item__t7Kq2">
<span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="${o.icon}" title="${o.icon}"></span>
<div class="FlowItem_card__t7Kq2">${head}
${o.text && !o.subject ? `<div class="FlowItem_text__t7Kq2">${o.text}</div>` : ''}
<div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${o.when}</span> · <span>Dana Whitfield</span>${o.person ? ` · <a href="/person/${o.person[0]}">${o.person[1]}</a>` : ''}</div>
${o.lines ? `<div class="MailLines_root__e2Tt5">${o.lines.map((l) => `<div>${l}</div>`).join('')}</div>` : ''}
${o.text && o.subject ? `<div class="FlowItem_text__t7Kq2">${o.text}</div>` : ''}
</div></div>
`;
}

const row = (label: string, value: string) =>
  `<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">${label}</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">${value}</div><button type="button" class="cui5-button cui5-button--icon" aria-label="Edit"></button></div>`;

const feed = (focus: string, history: string) => `
<section class="FlowSection_root__m3Bq6"><h2 class="cui5-text FlowSection_title__m3Bq6">Focus</h2>${focus}</section>
<section class="FlowSection_root__m3Bq6"><h2 class="cui5-text FlowSection_title__m3Bq6">History</h2>
<div class="FlowFilters_root__z5Hn2" role="group" aria-label="Filter history"><button type="button" data-testid="filter-button-all" aria-pressed="true">All</button><button type="button" data-testid="filter-button-activities" aria-pressed="false">Activities</button><button type="button" data-testid="filter-button-notes" aria-pressed="false">Notes</button><button type="button" data-testid="filter-button-files" aria-pressed="false">Files</button></div>
<div class="FlowList_list__n4Vc7">${history}</div></section>`;

export function dealPage(
  id: string,
  title: string,
  stages: [string, string][],
  current: string,
  persons: [string, string][],
  created: string,
  focus: string,
  history: string,
): string {
  const bar = stages
    .map(
      ([s, prefix]) =>
        `<button type="button" class="cui5-stage-selector__stage" aria-selected="${s === current}" aria-label="${s}">${prefix ? `${prefix} · ` : ''}${s}</button>`,
    )
    .join('');
  return `<!-- saved from url=(0040)${dealUrl(id)} -->
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${title} - Deals</title></head>
<body><div id="root" class="AppShell_root__p3Xw1"><main class="AppShell_content__Vb7tQ"><div class="viewContainer"><div class="DetailView_root__h2Jk4">
<header class="DetailHeader_root__a8Rt3"><div data-testid="header-title"><textarea class="cui5-editable-text__input">${title}</textarea></div>
<div class="DealActions_root__q1"><button type="button" class="cui5-button cui5-button--positive">Won</button><button type="button" class="cui5-button cui5-button--negative">Lost</button></div>
<div class="cui5-stage-selector" role="tablist" aria-label="Pipeline stages">${bar}</div></header>
<div class="DetailView_body__h2Jk4"><aside class="DetailView_sidebar__h2Jk4">
<section class="SidebarSection_root__c6Ws2"><button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Summary</button><div class="FieldsList_list__r1Pz0">
${row('Value', '$36,000')}${row('Owner', 'Dana Whitfield')}${row('Pipeline', 'Sales')}${row('Deal created', created)}
</div></section>
<section class="SidebarSection_root__c6Ws2"><button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Persons</button><div class="FieldsList_list__r1Pz0">
${persons.map(([pid, n]) => `<div class="PersonRow_row__k3"><a href="/person/${pid}">${n}</a></div>`).join('')}
</div></section>
</aside><div class="DetailView_main__h2Jk4">${feed(focus, history)}</div></div>
</div></div></main></div></body></html>`;
}
