import { readPage } from '../page-variation';

/** A Pipedrive person page in the hashed-class generation (crm-evidence-2.md), built from parts. */
export interface Item {
  icon?: string; // aria-label/title of the type icon
  done?: boolean; // checkbox state; undefined: no checkbox
  checkLabel?: string;
  subject?: string;
  href?: string;
  date: string;
  owner?: string;
  person?: boolean;
  body?: string;
  lines?: string[];
  pinned?: string;
}

let nextId = 91000;

export function item(i: Item, name = 'Maya Lindqvist'): string {
  const box =
    i.done === undefined
      ? ''
      : `<button type="button" role="checkbox" aria-checked="${i.done}" aria-label="${i.checkLabel ?? (i.done ? 'Mark as not done' : 'Mark as done')}" class="cui5-checkbox"></button>`;
  const subject = i.subject
    ? `<a class="FlowItem_subject__t7Kq2" href="${i.href ?? `/activities/${nextId++}`}">${i.subject}</a>`
    : '';
  const head = box || subject ? `<div class="FlowItem_header__t7Kq2">${box}${subject}</div>` : '';
  const meta = `<div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${i.date}</span>${i.owner === '' ? '' : ` · <span>${i.owner ?? 'Casey Nguyen'}</span>`}${i.person === false ? '' : ` · <a href="/person/2210">${name}</a>`}${i.pinned ? ` · <span class="cui5-badge">${i.pinned}</span>` : ''}</div>`;
  const lines = i.lines
    ? `<div class="MailLines_root__e2Tt5">${i.lines.map((l) => `<div>${l}</div>`).join('')}</div>`
    : '';
  const body = i.body ? `<div class="FlowItem_text__t7Kq2">${i.body}</div>` : '';
  const icon = i.icon
    ? `<span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="${i.icon}" title="${i.icon}"></span>`
    : '';
  return `<div class="FlowItem_item__t7Kq2">${icon}<div class="FlowItem_card__t7Kq2">${head}${meta}${lines}${body}</div></div>`;
}

export interface Page {
  lang?: string;
  name?: string;
  fields?: [string, string][];
  focusTitle?: string;
  focus?: string[];
  historyTitle?: string;
  filters?: string; // filter bar html
  history?: string[];
  afterHistory?: string;
}

export function field(label: string, value: string): string {
  return `<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">${label}</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">${value}</div><button type="button" class="cui5-button cui5-button--icon" aria-label="Edit"></button></div>`;
}

export function personPage(p: Page): string {
  const name = p.name ?? 'Maya Lindqvist';
  const fields = (
    p.fields ?? [
      ['Email', '<a href="mailto:maya.lindqvist@nordhavn.example">maya.lindqvist@nordhavn.example</a>'],
      ['Phone', '<a href="tel:+14155550142">+1 415 555 0142</a>'],
      ['Organization', '<a href="/organization/480">Nordhavn Logistics</a>'],
      ['Owner', 'Casey Nguyen'],
    ]
  )
    .map(([l, v]) => field(l, v))
    .join('\n');
  const focus =
    p.focus && p.focus.length > 0
      ? `<section class="FlowSection_root__m3Bq6"><h2 class="cui5-text FlowSection_title__m3Bq6">${p.focusTitle ?? 'Focus'}</h2>${p.focus.join('\n')}</section>`
      : '';
  return `<!-- saved from url=(0038)https://acme.pipedrive.com/person/2210 -->
<!DOCTYPE html><html lang="${p.lang ?? 'en'}"><head><meta charset="utf-8"><title>${name} - Persons</title></head><body>
<div id="root" class="AppShell_root__p3Xw1"><main class="AppShell_content__Vb7tQ"><div class="viewContainer"><div class="DetailView_root__h2Jk4">
<header class="DetailHeader_root__a8Rt3"><div data-testid="header-title" class="DetailHeader_title__a8Rt3"><h1 class="cui5-text cui5-text--heading">${name}</h1></div></header>
<div class="DetailView_body__h2Jk4"><aside class="DetailView_sidebar__h2Jk4"><section class="SidebarSection_root__c6Ws2"><button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Details</button><div class="FieldsList_list__r1Pz0">
${fields}
</div></section></aside>
<div class="DetailView_main__h2Jk4">
${focus}
<section class="FlowSection_root__m3Bq6">${p.historyTitle === '' ? '' : `<h2 class="cui5-text FlowSection_title__m3Bq6">${p.historyTitle ?? 'History'}</h2>`}
${p.filters ?? ''}
<div class="FlowList_list__n4Vc7">
${(p.history ?? []).join('\n')}
</div>${p.afterHistory ?? ''}</section>
</div></div></div></div></main></div></body></html>`;
}

export const URL_PERSON = 'https://acme.pipedrive.com/person/2210';
export const read = (html: string) => readPage(html, URL_PERSON);
