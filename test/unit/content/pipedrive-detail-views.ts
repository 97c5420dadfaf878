/**
 * Pipedrive's person and deal detail views, swapped in place by the app (copied from review tab55b's
 * pd-page.ts), written from crm-evidence-2.md: the deal title an editable textarea in
 * `[data-testid="header-title"]`, the stage bar `button.cui5-stage-selector__stage` (current one
 * `aria-selected="true"`, "4 d · <stage>"), field rows `[data-testid="field-name"]` /
 * `[data-testid="fields-list-row-field-components"]`, persons as `a[href*="/person/{id}"]`, the History
 * feed's filter chips `[data-testid="filter-button-all"]` with `aria-pressed`, hashed classes
 * (`FlowItem_date__t7Kq2`), the type only in an icon's `aria-label`/`title`; the tab title "<deal> - Deals".
 */
export const PD = 'https://brightline-sales.pipedrive.com';
export const deal = (id: string) => `${PD}/deal/${id}`;

export interface Flow {
  icon: 'Call' | 'Email' | 'Meeting';
  href: string;
  subject: string;
  when: string;
  person: [string, string];
  done?: boolean;
}

export function flow({ icon, href, subject, when, person, done = true }: Flow): string {
  const box = `<button type="button" role="checkbox" aria-checked="${done}" aria-label="${done ? 'Mark as not done' : 'Mark as done'}" class="cui5-checkbox"></button>`;
  return `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2">${box}<a class="FlowItem_subject__t7Kq2" href="${href}">${subject}</a></div><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${when}</span> · <span>Sam Rivera</span> · <a href="/person/${person[0]}">${person[1]}</a></div></div></div>`;
}

export const chips = (pressed = 'All') =>
  `<div class="FlowFilter_bar__k2Lp9">${['All', 'Activities', 'Notes', 'Emails', 'Files']
    .map(
      (c) =>
        `<button type="button" class="cui5-pill"${c === 'All' ? ' data-testid="filter-button-all"' : ''} aria-pressed="${c === pressed}">${c}</button>`,
    )
    .join('')}</div>`;

export function dealBody(name: string, stage: string, person: [string, string], history: string, chip = 'All'): string {
  const stages = ['Qualified', 'Contact Made', 'Proposal Made', 'Negotiations Started'];
  const bar = stages
    .map(
      (s) =>
        `<button type="button" class="cui5-stage-selector__stage" aria-selected="${s === stage}" aria-label="${s}">${s === stage ? `4 d · ${s}` : s}</button>`,
    )
    .join('');
  return `<header class="DealHeader_root__q1Wm4"><div data-testid="header-title" class="cui5-editable-text"><textarea class="cui5-editable-text__input" rows="1" aria-label="Deal title">${name}</textarea></div>
<div class="DealHeader_actions__q1Wm4"><button type="button" class="cui5-button cui5-button--positive">Won</button><button type="button" class="cui5-button cui5-button--negative">Lost</button></div>
<div class="cui5-stage-selector" aria-label="Sales pipeline">${bar}</div></header>
<div class="DealDetails_body__s8Lk2"><aside class="DealDetails_sidebar__s8Lk2"><section><button type="button" class="cui5-button" aria-expanded="true">Summary</button><div class="FieldsList_list__r1Pz0"><div class="FormField__formField--E60Qw"><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Sam Rivera</div></div></div></section>
<section><button type="button" class="cui5-button" aria-expanded="true">Persons (1)</button><ul><li><a href="/person/${person[0]}">${person[1]}</a></li></ul></section></aside>
<div class="DealDetails_main__s8Lk2"><section class="FlowSection_root__m3Bq6"><h2 class="cui5-text">History</h2>${chips(chip)}<div class="FlowList_list__n4Vc7">${history}</div></section></div></div>`;
}

export const LARS: [string, string] = ['3310', 'Lars Holm'];
export const MAJA: [string, string] = ['3420', 'Maja Berg'];
export const COLD = 'Nordhavn — Cold-chain pilot';
export const FLEET_ITEMS: Flow[] = [
  {
    icon: 'Call',
    href: '/activities/6101',
    subject: 'Pricing call',
    when: 'November 18, 2026 at 2:00 PM',
    person: LARS,
  },
  {
    icon: 'Email',
    href: '/mail/thread/5501',
    subject: 'Fleet app pricing',
    when: 'November 17, 2026 at 9:00 AM',
    person: LARS,
  },
];
export const COLD_ITEMS: Flow[] = [
  {
    icon: 'Meeting',
    href: '/activities/7201',
    subject: 'Cold-chain site visit',
    when: 'November 16, 2026 at 1:00 PM',
    person: MAJA,
  },
];

/** A person's view: name heading, Email and Owner rows, then Focus and History as on a deal. */
export function personBody(name: string, email: string, history: string): string {
  return `<header class="DetailHeader_root__a8Rt3"><div data-testid="header-title" class="DetailHeader_title__a8Rt3"><h1 class="cui5-text cui5-text--heading">${name}</h1></div><a href="/organization/77">Brightline</a></header>
<div class="DealDetails_body__s8Lk2"><aside class="DealDetails_sidebar__s8Lk2"><section><button type="button" class="cui5-button" aria-expanded="true">Details</button><div class="FieldsList_list__r1Pz0"><div class="FormField__formField--E60Qw"><span data-testid="field-name">Email</span><div data-testid="fields-list-row-field-components"><a href="mailto:${email}">${email}</a></div></div><div class="FormField__formField--E60Qw"><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Sam Rivera</div></div></div></section></aside>
<div class="DealDetails_main__s8Lk2"><section class="FlowSection_root__m3Bq6"><h2 class="cui5-text">History</h2>${chips()}<div class="FlowList_list__n4Vc7">${history}</div></section></div></div>`;
}

/** The app shell around one detail view. */
export const shell = (inner: string) =>
  `<div id="root"><main class="AppShell_content__Vb7tQ"><div class="DealDetails_root__s8Lk2">${inner}</div></main></div>`;
