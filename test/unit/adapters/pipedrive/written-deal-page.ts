/**
 * A hand-written Pipedrive deal page in any language: hashed classes, cui5 stage buttons (name in
 * `aria-label`, day count as a visible prefix: crm-evidence-2.md), field rows paired by their test
 * ids, history entries with an icon's `aria-label` and a hashed date class. Written for review s47.
 */
export interface DealPageParts {
  title: string;
  headerValue?: string;
  owner?: string;
  /** The header's Won/Lost buttons or a status badge. */
  buttons?: string;
  bar?: string;
  fields?: [string, string][];
  /** The persons section's html. */
  persons?: string;
  feed?: string[];
}

/** A cui5 stage button; `days` is its visible prefix ("3 T"), empty for none. */
export const stage = (name: string, days: string, selected: boolean) =>
  `<button class="cui5-stage-selector__stage" aria-label="${name}" aria-selected="${selected}">${days ? `<span>${days}</span> · ` : ''}<span>${name}</span></button>`;

const row = (label: string, value: string) =>
  `<div class="FieldRow_row__a1"><div data-testid="field-name">${label}</div><div data-testid="fields-list-row-field-components">${value}</div></div>`;

/** A History entry: its icon's name, its text, its date and who made it. */
export const change = (icon: string, text: string, date: string, who = 'Lena Vogt') =>
  `<div class="FlowItem_item__k2"><span aria-label="${icon}"></span><div>${text}</div><div><span class="FlowItem_date__t7Kq2">${date}</span> · ${who}</div></div>`;

export function dealPage(p: DealPageParts): string {
  return `<div id="root"><main><div class="DealPage_root__x9">
<header class="DealHeader_root__q1"><div data-testid="header-title"><textarea class="cui5-editable-text__input">${p.title}</textarea></div>
<div class="DealHeader_meta__q1">${p.headerValue ? `<span>${p.headerValue}</span>` : ''}${p.owner ? `<span>${p.owner}</span>` : ''}</div>
<div>${p.buttons ?? ''}</div>
<div class="cui5-stage-selector">${p.bar ?? ''}</div>
</header>
<aside class="Sidebar_root__s1">
<section>${(p.fields ?? []).map(([label, value]) => row(label, value)).join('')}</section>
${p.persons ?? ''}
</aside>
<div class="Flow_root__f1"><h2>History</h2>
${(p.feed ?? []).join('\n')}
</div></div></main></div>`;
}
