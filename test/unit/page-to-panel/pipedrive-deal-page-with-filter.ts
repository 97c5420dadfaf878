// Review s60 (regb): a Pipedrive deal page written by hand from crm-evidence-2.md (hashed classes, cui5 stage
// bar buttons with aria-selected / aria-label and a days prefix, History filter chips, changelog rows).
export const dealUrl = (id: string) => `https://coldline.pipedrive.com/deal/${id}`;

const row = (label: string, value: string) =>
  `<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">${label}</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">${value}</div><button type="button" class="cui5-button cui5-button--icon" aria-label="Edit"></button></div>`;

export const change = (text: string, when: string) => `<div class="FlowItem_item__t7Kq2">
<span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Changelog" title="Changelog"></span>
<div class="FlowItem_card__t7Kq2"><div class="FlowItem_text__t7Kq2">${text}</div>
<div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${when}</span> · <span>Dana Whitfield</span></div></div></div>`;

export const call = (href: string, subject: string, when: string) => `<div class="FlowItem_item__t7Kq2">
<span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Call" title="Call"></span>
<div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done" class="cui5-checkbox"></button><a class="FlowItem_subject__t7Kq2" href="${href}">${subject}</a></div>
<div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${when}</span> · <span>Dana Whitfield</span> · <a href="/person/7701">Marta Kowalski</a></div></div></div>`;

export function dealPage(o: {
  id: string;
  bar: [string, string][];
  current: string;
  created: string;
  history: string;
  filter?: 'all' | 'activities';
}): string {
  const bar = o.bar
    .map(
      ([s, prefix]) =>
        `<button type="button" class="cui5-stage-selector__stage" aria-selected="${s === o.current}" aria-label="${s}">${prefix ? `${prefix} · ` : ''}${s}</button>`,
    )
    .join('');
  const f = o.filter ?? 'all';
  return `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Cold-chain pilot - Deals</title></head>
<body><div id="root" class="AppShell_root__p3Xw1"><main class="AppShell_content__Vb7tQ"><div class="viewContainer"><div class="DetailView_root__h2Jk4">
<header class="DetailHeader_root__a8Rt3"><div data-testid="header-title"><textarea class="cui5-editable-text__input">Cold-chain pilot</textarea></div>
<div class="DealActions_root__q1"><button type="button" class="cui5-button cui5-button--positive">Won</button><button type="button" class="cui5-button cui5-button--negative">Lost</button></div>
<div class="cui5-stage-selector" role="tablist" aria-label="Pipeline stages">${bar}</div></header>
<div class="DetailView_body__h2Jk4"><aside class="DetailView_sidebar__h2Jk4">
<section class="SidebarSection_root__c6Ws2"><button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Summary</button><div class="FieldsList_list__r1Pz0">
${row('Value', '$36,000')}${row('Owner', 'Dana Whitfield')}${row('Pipeline', 'Sales')}${row('Deal created', o.created)}
</div></section>
<section class="SidebarSection_root__c6Ws2"><button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Persons</button><div class="FieldsList_list__r1Pz0">
<div class="PersonRow_row__k3"><a href="/person/7701">Marta Kowalski</a></div>
</div></section>
</aside><div class="DetailView_main__h2Jk4">
<section class="FlowSection_root__m3Bq6"><h2 class="cui5-text FlowSection_title__m3Bq6">History</h2>
<div class="FlowFilters_root__z5Hn2" role="group" aria-label="Filter history"><button type="button" data-testid="filter-button-all" aria-pressed="${f === 'all'}">All</button><button type="button" data-testid="filter-button-activities" aria-pressed="${f === 'activities'}">Activities</button><button type="button" data-testid="filter-button-notes" aria-pressed="false">Notes</button><button type="button" data-testid="filter-button-files" aria-pressed="false">Files</button></div>
<div class="FlowList_list__n4Vc7">${o.history}</div></section></div></div>
</div></div></main></div></body></html>`;
}
