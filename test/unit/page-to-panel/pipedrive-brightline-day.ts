// A Pipedrive day, written by hand from crm-pages.md (Pipedrive: label text and structure) in the
// Focus + History layout: Sam Rivera works Lars Holm of Brightline on "Brightline — Fleet app"
// (persons Lars Holm, Ines Moreau). Clock 2026-11-20 15:00 UTC (Fri).
export const LARS_URL = 'https://brightline-sales.pipedrive.com/person/3310';
export const DEAL_URL = 'https://brightline-sales.pipedrive.com/deal/812';
const lars = '<a href="/person/3310">Lars Holm</a>';
const ines = '<a href="/person/3311">Ines Moreau</a>';

export function flow(
  icon: string,
  href: string | null,
  subject: string | null,
  when: string,
  people: string,
  opts: { done?: boolean; text?: string; mail?: string } = {},
) {
  const box =
    opts.done === undefined
      ? ''
      : `<button type="button" role="checkbox" aria-checked="${opts.done}" aria-label="${opts.done ? 'Mark as not done' : 'Mark as done'}" class="cui5-checkbox"></button>`;
  const header = subject
    ? `<div class="FlowItem_header__t7Kq2">${box}<a class="FlowItem_subject__t7Kq2" href="${href}">${subject}</a></div>`
    : '';
  return `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__t7Kq2">${header}${opts.text && !subject ? `<div class="FlowItem_text__t7Kq2">${opts.text}</div>` : ''}<div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${when}</span> · <span>Sam Rivera</span>${people ? ` · ${people}` : ''}</div>${opts.mail ?? ''}${opts.text && subject ? `<div class="FlowItem_text__t7Kq2">${opts.text}</div>` : ''}</div></div>\n`;
}

export const items = {
  overdueCall: flow('Call', '/activities/6110', 'Call Lars back', 'November 19, 2026 at 11:00 AM', lars, {
    done: false,
  }),
  demoToday: flow(
    'Meeting',
    '/activities/6111',
    'Fleet app demo',
    'November 20, 2026 at 10:00 AM',
    `${lars}, ${ines}`,
    { done: false },
  ),
  reply: flow('Email', '/mail/thread/5502', 'Re: Fleet app pricing', 'Yesterday at 4:00 PM', lars, {
    mail: '<div class="MailLines_root__e2Tt5"><div>From: Lars Holm &lt;lars.holm@brightline.example&gt;</div><div>To: Sam Rivera &lt;sam@contoso-sales.example&gt;</div></div>',
  }),
  inesCall: flow('Call', '/activities/6105', 'Intro call with Ines', 'November 19, 2026 at 9:00 AM', ines, {
    done: true,
    text: 'Outcome: Connected',
  }),
  call: flow('Call', '/activities/6101', 'Pricing call', 'November 18, 2026 at 2:00 PM', lars, {
    done: true,
    text: 'Outcome: No answer',
  }),
  email: flow('Email', '/mail/thread/5501', 'Fleet app pricing', 'November 17, 2026 at 9:00 AM', lars, {
    mail: '<div class="MailLines_root__e2Tt5"><div>From: Sam Rivera &lt;sam@contoso-sales.example&gt;</div><div>To: Lars Holm &lt;lars.holm@brightline.example&gt;</div></div>',
  }),
  stage: flow('Changelog', null, null, 'November 16, 2026 at 10:00 AM', '', {
    text: 'Stage: Demo Scheduled → Proposal Made',
  }),
  meeting: flow('Meeting', '/activities/6100', 'Intro meeting', 'November 10, 2026 at 1:00 PM', `${lars}, ${ines}`, {
    done: true,
  }),
};

const focusAndHistory = (
  focus: string,
  history: string,
) => `<section class="FlowSection_root__m3Bq6"><h2 class="cui5-text FlowSection_title__m3Bq6">Focus</h2>${focus}</section>
<section class="FlowSection_root__m3Bq6"><h2 class="cui5-text FlowSection_title__m3Bq6">History</h2><div class="FlowList_list__n4Vc7">${history}</div></section>`;

export function personPage(focus: string, history: string): string {
  return `<!-- saved from url=(0048)${LARS_URL} -->
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lars Holm - Pipedrive</title></head>
<body><div id="root" class="AppShell_root__p3Xw1"><main class="AppShell_content__Vb7tQ"><div class="viewContainer"><div class="DetailView_root__h2Jk4">
<header class="DetailHeader_root__a8Rt3"><div data-testid="header-title" class="DetailHeader_title__a8Rt3"><h1 class="cui5-text cui5-text--heading">Lars Holm</h1></div><a class="DetailHeader_org__a8Rt3" href="/organization/77">Brightline</a></header>
<div class="DetailView_body__h2Jk4"><aside class="DetailView_sidebar__h2Jk4"><section class="SidebarSection_root__c6Ws2"><button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Details</button><div class="FieldsList_list__r1Pz0"><div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Email</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw"><a href="mailto:lars.holm@brightline.example">lars.holm@brightline.example</a></div></div><div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Owner</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">Sam Rivera</div></div></div></section></aside>
<div class="DetailView_main__h2Jk4">${focusAndHistory(focus, history)}</div></div>
</div></div></main></div></body></html>`;
}

export function dealPage(stageDays: string, focus: string, history: string): string {
  const stages = ['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made', 'Negotiations Started'];
  const buttons = stages
    .map((s) =>
      s === 'Proposal Made'
        ? `<button type="button" class="cui5-stage-selector__stage cui5-stage-selector__stage--active" aria-selected="true" aria-label="${s}">${stageDays} · ${s}</button>`
        : stages.indexOf(s) < 3
          ? `<button type="button" class="cui5-stage-selector__stage cui5-stage-selector__stage--passed" aria-selected="false" aria-label="${s}">${s}</button>`
          : `<button type="button" class="cui5-stage-selector__stage" aria-selected="false" aria-label="${s}">${s}</button>`,
    )
    .join('');
  return `<!-- saved from url=(0045)${DEAL_URL} -->
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Brightline — Fleet app - Pipedrive</title></head>
<body><div id="root" class="AppShell_root__p3Xw1"><main class="AppShell_content__Vb7tQ"><div class="DealDetails_root__s8Lk2">
<header class="DealHeader_root__q1Wm4"><div data-testid="header-title" class="cui5-editable-text"><textarea class="cui5-editable-text__input" rows="1" aria-label="Deal title">Brightline — Fleet app</textarea></div><div class="DealHeader_actions__q1Wm4"><button type="button" class="cui5-button cui5-button--positive">Won</button><button type="button" class="cui5-button cui5-button--negative">Lost</button></div>
<div class="cui5-stage-selector" aria-label="Sales pipeline">${buttons}</div></header>
<div class="DealDetails_body__s8Lk2"><aside class="DealDetails_sidebar__s8Lk2"><section class="SidebarSection_root__c6Ws2"><button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Summary</button><div class="FieldsList_list__r1Pz0"><div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Pipeline</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">Sales pipeline</div></div><div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Owner</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">Sam Rivera</div></div></div></section>
<section class="SidebarSection_root__c6Ws2"><button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Persons (2)</button><ul class="LinkedPersons_list__j7Ty3"><li>${lars}<div class="LinkedPersons_email__j7Ty3">lars.holm@brightline.example</div></li><li>${ines}<div class="LinkedPersons_email__j7Ty3">ines.moreau@brightline.example</div></li></ul></section></aside>
<div class="DealDetails_main__s8Lk2">${focusAndHistory(focus, history)}</div></div>
</div></main></div></body></html>`;
}
