/**
 * A Pipedrive deal page written from crm-evidence-2.md, not from the project's fixtures, whose header
 * is a plain `<div>` with build-hashed classes (`FormField__formField--E60Qw` style; nothing says the
 * header is a `<header>` element): the deal title in `[data-testid="header-title"] textarea` (A), the
 * tab title "<deal> - Deals" (B), the stage bar of `button.cui5-stage-selector__stage` with
 * `aria-selected` and a day prefix (B), field rows of `[data-testid="field-name"]` +
 * `[data-testid="fields-list-row-field-components"]` (B), persons as plain `a[href*="/person/{id}"]`
 * links (B), filter chips with `aria-pressed` (B), feed items with hashed `FlowItem_*__xxxx` classes
 * and the type only in an icon's `aria-label` (C, as the evidence expects).
 */
import { type Reading, readPage } from '../page-variation';

export const DEAL_URL = 'https://acme.pipedrive.com/deal/77';

export function fieldRow(label: string, value: string): string {
  return `<div class="FieldsListRow__row--E60Qw"><div data-testid="field-name" class="FieldsListRow__label--u1Kp">${label}</div><div data-testid="fields-list-row-field-components" class="FieldsListRow__value--r8Tq">${value}</div><button type="button" aria-label="Edit" class="cui5-button"></button></div>`;
}

/** The stage bar: [name, days shown (null: none, as older bars), current]. */
export function stageBar(stages: [name: string, days: number | null, current: boolean][]): string {
  const steps = stages
    .map(
      ([name, days, current]) =>
        `<button type="button" class="cui5-stage-selector__stage" aria-selected="${current}" aria-label="${name}">${days === null ? '' : `${days} d · `}${name}</button>`,
    )
    .join('');
  return `<div class="cui5-stage-selector" aria-label="Pipeline stages">${steps}</div>`;
}

/** A sidebar section headed by its collapse toggle. */
export function sidebarSection(inner: string, heading: string): string {
  return `<div class="SidebarSection__section--a1Rt"><div class="SidebarSection__header--h2Lm"><button type="button" class="SidebarSection__toggle--t3Qw" aria-expanded="true"><span>${heading}</span></button></div><div class="SidebarSection__body--b4Zx">${inner}</div></div>`;
}

export const MAYA_CARD =
  '<div class="PersonCard__card--c5Yu"><a href="/person/2210">Maya Lindqvist</a><div class="PersonCard__line--l6Io"><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div>';

/** The open deal's "Won" and "Lost" buttons. */
export const WON_LOST_BUTTONS =
  '<div class="DealHeader__actions--k8Po"><button type="button" class="cui5-button cui5-button--positive">Won</button><button type="button" class="cui5-button cui5-button--negative">Lost</button></div>';

/** A done activity in the History: icon, done toggle, subject link, "date · owner" line, optional note. */
export function activityItem(type: string, id: number, subject: string, date: string, note = ''): string {
  return `<div class="FlowItem_item__h3Ks1"><span class="FlowItem_icon__k2Lp"><svg role="img" aria-label="${type}"></svg></span>
<div class="FlowItem_header__p0Xy"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">${subject}</a></div>
<div class="FlowItem_meta__m1Ab"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>Casey Nguyen</span></div>${
    note ? `<div class="FlowItem_note__n8Vb" data-test="activity-note"><p>${note}</p></div>` : ''
  }</div>`;
}

/** A changelog entry: its text (one line, or lines as `<div>`s) and its "date · owner" line. */
export function changelogItem(text: string, date: string, icon = 'Changelog'): string {
  return `<div class="FlowItem_item__h3Ks1"><span class="FlowItem_icon__k2Lp"><svg role="img" aria-label="${icon}"></svg></span>
<div class="FlowItem_text__x1Cv">${text}</div>
<div class="FlowItem_meta__m1Ab"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>Casey Nguyen</span></div></div>`;
}

export const CALL = activityItem('Call', 5501, 'Pricing follow-up', 'Nov 18, 2026 2:05 PM');

export interface DealParts {
  lang?: string;
  /** The header's value part (default "$48,000"). */
  value?: string;
  /** After the value: a status badge, the Won/Lost buttons (default), a rotting mark. */
  headerExtra?: string;
  stages?: string;
  fields?: string;
  /** The sidebar sections after Details (default: the Person section with Maya's card). */
  sections?: string;
  feed: string;
}

export function dealPage(p: DealParts): string {
  return `<!DOCTYPE html><html lang="${p.lang ?? 'en'}"><head><meta charset="utf-8"><title>Nordhavn pilot - Deals</title></head><body>
<div id="root" class="AppShell__root--p3Xw"><div class="AppShell__content--Vb7t"><div class="DealDetails__root--s8Lk">
<div class="DealHeader__root--q1Wm">
<div data-testid="header-title" class="cui5-editable-text"><textarea class="cui5-editable-text__input" rows="1">Nordhavn pilot</textarea></div>
<div class="DealHeader__summary--a2Sd">${p.value ?? '<span class="DealHeader__value--d3Fg">$48,000</span>'}${p.headerExtra ?? WON_LOST_BUTTONS}</div>
${
  p.stages ??
  stageBar([
    ['Qualified', 12, false],
    ['Proposal', 3, true],
    ['Negotiation', null, false],
  ])
}
</div>
<div class="DealDetails__columns--c4Hj"><div class="Sidebar__root--e5Kl">
<div class="SidebarSection__section--a1Rt"><div class="SidebarSection__header--h2Lm"><span>Details</span></div><div class="SidebarSection__body--b4Zx">
${p.fields ?? fieldRow('Owner', 'Casey Nguyen') + fieldRow('Pipeline', 'New business') + fieldRow('Expected close date', 'Dec 15, 2026')}
</div></div>
${p.sections ?? sidebarSection(MAYA_CARD, 'Person')}
</div>
<div class="Flow__root--f6Zx">
<div class="Flow__filters--g7Qw"><button type="button" data-testid="filter-button-all" aria-pressed="true">All</button><button type="button" aria-pressed="false">Notes</button><button type="button" data-testid="filter-button-files" aria-pressed="false">Files</button></div>
${p.feed}
</div></div></div></div></div></body></html>`;
}

export function readDeal(html: string): Reading {
  return readPage(html, DEAL_URL);
}
