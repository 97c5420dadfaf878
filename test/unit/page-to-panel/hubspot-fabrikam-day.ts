// A HubSpot day, written by hand from crm-pages.md (HubSpot): Sam Rivera works Dana Whitfield of
// Fabrikam, on the deal "Fabrikam — Route planner" with Omar Haddad. Clock 2026-11-20 15:00 UTC (Fri).
export const PORTAL = '2451908';
export const DANA_URL = `https://app.hubspot.com/contacts/${PORTAL}/record/0-1/1301`;
export const DEAL_URL = `https://app.hubspot.com/contacts/${PORTAL}/record/0-3/5301`;

const card = (header: string, when: string, id: string | null, title: string | null, body: string) =>
  `<div data-selenium-test="timeline-card"><div class="TimelineHeader__StyledHeader-sc-1ab2c"><span>${header}</span><span data-test-id="event-timestamp">${when}</span>${
    id
      ? `<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"><button>Actions</button></div>`
      : ''
  }</div><div>${title ? `<span data-selenium-test="timeline-editable-title">${title}</span>` : ''}${body}</div></div>\n`;

export const danaCards = {
  call: card(
    'Logged call',
    'Nov 19, 2026 at 10:00 AM',
    '7001',
    'Pricing follow-up',
    '<p>Sam Rivera logged a call</p><div><span>Outcome</span><span>No answer</span></div>',
  ),
  reply: card(
    'Email reply from Dana Whitfield',
    'Nov 18, 2026 at 3:10 PM',
    '7002',
    'Re: Route planner pilot',
    '<p>from Dana Whitfield to Sam Rivera</p>',
  ),
  sequence: card(
    'Sequence email',
    'Nov 17, 2026 at 9:00 AM',
    '7003',
    'Route planner pilot',
    '<p>Sequence: Q4 logistics outbound (step 3)</p><p>from Sam Rivera to Dana Whitfield</p>',
  ),
  meeting: card(
    'Meeting',
    'Nov 12, 2026 at 2:00 PM',
    '7004',
    'Discovery',
    '<p>Sam Rivera had a meeting with Dana Whitfield</p><div><span>Outcome</span><span>Completed</span></div>',
  ),
  note: card(
    'Note by Sam Rivera',
    'Nov 12, 2026 at 3:00 PM',
    '7007',
    null,
    '<p>Dana owns the budget; Omar runs dispatch.</p>',
  ),
  intro: card(
    'Logged call',
    'Nov 10, 2026 at 11:00 AM',
    '7005',
    'Intro call',
    '<p>Sam Rivera logged a call</p><div><span>Outcome</span><span>Connected</span></div>',
  ),
  email: card(
    'Email',
    'Nov 9, 2026 at 9:30 AM',
    '7006',
    'Intro: route planning',
    '<p>from Sam Rivera to Dana Whitfield</p>',
  ),
};

export function danaPage(extraCards = ''): string {
  const c = danaCards;
  return `<!-- saved from url=(0056)${DANA_URL} -->
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Dana Whitfield | HubSpot</title></head>
<body>
<div class="RecordPage__Layout-sc-k2j4h1">
<div data-test-id="left-sidebar"><div data-selenium-test="contact-highlight-details"><h3>Dana Whitfield</h3></div>
<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>dana.whitfield@fabrikam.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Sam Rivera</div></div><div><span data-selenium-test="property-label">Create date</span><div>11/02/2026 9:00 AM</div></div></div></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
${extraCards}${c.call}${c.reply}${c.sequence}${c.note}${c.meeting}${c.intro}${c.email}</div></div>
<div data-test-id="records-right-sidebar"><div data-test-id="card-wrapper-DEAL"><h4>Deals (1)</h4><a href="/contacts/${PORTAL}/record/0-3/5301">Fabrikam — Route planner</a></div></div></div>
</body></html>`;
}

const preview = (icon: string | null, header: string, when: string, subject: string | null, meta: string) =>
  `<div data-test-id="collapsible-event-accordion" class="Accordion__Wrapper-sc-8n2"><div role="button" aria-expanded="false" tabindex="0" class="Accordion__Toggle-sc-8n2-1"><div data-test-id="timeline-preview-event" class="TimelinePreviewEvent__Card-sc-7ab2"><div data-test-id="generic-preview-event-header" class="PreviewHeader__Row-sc-1k0">${
    icon ? `<span role="img" aria-label="${icon}" class="UIIcon__Wrapper-sc-0x1"></span>` : ''
  }<span data-test-id="header-message">${header}</span><span data-test-id="event-timestamp">${when}</span></div>${
    subject ? `<div class="PreviewBody__Subject-sc-2b1">${subject}</div>` : ''
  }<div class="PreviewBody__Meta-sc-2b1">${meta}</div></div></div></div>\n`;

const dana = `<a href="/contacts/${PORTAL}/record/0-1/1301">Dana Whitfield</a>`;
const omar = `<a href="/contacts/${PORTAL}/record/0-1/1302">Omar Haddad</a>`;

/**
 * The deal's feed (no engagement ids): Dana's call of Nov 19 naming no contact, her reply, the
 * Discovery meeting with her alone, Omar's agenda email of Nov 13, and the stage move of Nov 13.
 */
export function dealPage(): string {
  return `<!-- saved from url=(0056)${DEAL_URL} -->
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Fabrikam — Route planner | HubSpot</title></head>
<body>
<main class="RecordsApp__Main-sc-0p2xq1"><div class="RecordPage__Layout-sc-k2j4h1">
<div data-test-id="left-sidebar" class="LeftSidebar__Column-sc-7h1">
<div data-card-type="OBJECT_HIGHLIGHT" class="ObjectHighlight__Card-sc-5d"><div data-test-id="record-highlight-main-content"><h2 data-selenium-test="highlightTitle" class="HighlightTitle__Text-sc-5d-1">Fabrikam — Route planner</h2></div>
<div data-test-id="highlight-property-item-dealstage"><span>Deal stage</span> <span data-test-id="highlight-property-display-dealstage">Presentation scheduled</span></div><div data-test-id="highlight-property-item-pipeline"><span>Pipeline</span> <span data-test-id="highlight-property-display-pipeline">Sales Pipeline</span></div></div>
<div data-selenium-test="highlightedPropertySidebar" class="PropertySidebar__Wrapper-sc-3k1fz"><h3>About this deal</h3>
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Deal owner</span><div>Sam Rivera</div></div><div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Create date</span><div>11/03/2026 10:00 AM</div></div></div></div>
<div data-test-id="middle-pane" class="MiddlePane__Column-sc-0z1ks3">
<div data-test-id="crm-events-viz-timeline" class="Timeline__Feed-sc-4e2kd">
<section class="TimelineGroup__Month-sc-9"><h3>November 2026</h3>
${preview('Call', 'Call - No answer made by Sam Rivera', 'Nov 19, 2026 at 10:00 AM', 'Pricing follow-up', '')}${preview('Email', 'Email reply from Dana Whitfield', 'Nov 18, 2026 at 3:10 PM', 'Re: Route planner pilot', '<span>From: dana.whitfield@fabrikam.example</span> <span>To: sam.rivera@contoso.example</span>')}${preview(null, 'Deal stage changed', 'Nov 13, 2026 at 9:00 AM', null, '<span>Sam Rivera moved the deal from Appointment scheduled to Presentation scheduled (Sales Pipeline)</span>')}${preview('Email', 'Email sent by Sam Rivera', 'Nov 13, 2026 at 8:00 AM', 'Agenda for the dispatch demo', `<span>To: ${omar}</span>`)}${preview('Meeting', 'Meeting with Dana Whitfield', 'Nov 12, 2026 at 2:00 PM', 'Discovery', `<span>Attendees: ${dana}</span> <span>Outcome</span> <span>Completed</span>`)}</section>
<section class="TimelineGroup__Month-sc-9"><h3>November 2026</h3>
${preview(null, 'Deal created', 'Nov 3, 2026 at 10:00 AM', null, '<span>Sam Rivera created this deal in Appointment scheduled (Sales Pipeline)</span>')}</section>
</div></div>
<div data-test-id="records-right-sidebar" class="RightSidebar__Column-sc-2">
<div data-test-id="associated-objects-card-content-0-1" class="AssociationsCard__Body-sc-6"><h3>Contacts (2)</h3><a data-selenium-test="contact-chicklet-title-link" href="/contacts/${PORTAL}/record/0-1/1301">Dana Whitfield</a><a data-selenium-test="contact-chicklet-title-link" href="/contacts/${PORTAL}/record/0-1/1302">Omar Haddad</a></div>
</div></div></main>
</body></html>`;
}
