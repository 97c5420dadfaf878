// A HubSpot day written by hand from crm-pages.md / crm-evidence-2.md (HubSpot 2024+
// previews: timeline-preview-event, header-message, event-timestamp; association card links
// a[href*="/record/0-1/"]; deal stage highlight property; "the timeline scrolls in more items";
// pinned items above the feed in pinned-activity-section, a second copy of an item).
// The deal "Northwind — Fleet telematics" has three contacts: Priya Nair (2101), Tom Becker (2102)
// and Lena Ortiz (2103). Clock 2026-11-20 15:00 UTC (Fri).
export const PORTAL = '7730412';
export const DEAL_URL = `https://app.hubspot.com/contacts/${PORTAL}/record/0-3/9401`;
export const PRIYA_URL = `https://app.hubspot.com/contacts/${PORTAL}/record/0-1/2101`;
export const TOM_URL = `https://app.hubspot.com/contacts/${PORTAL}/record/0-1/2102`;

const link = (id: string, name: string) => `<a href="/contacts/${PORTAL}/record/0-1/${id}">${name}</a>`;
export const PRIYA = link('2101', 'Priya Nair');
export const TOM = link('2102', 'Tom Becker');
export const LENA = link('2103', 'Lena Ortiz');

export const preview = (icon: string | null, header: string, when: string, subject: string | null, meta: string) =>
  `<div data-test-id="collapsible-event-accordion" class="Accordion__Wrapper-sc-3qq"><div role="button" aria-expanded="false" tabindex="0" class="Accordion__Toggle-sc-3qq-1"><div data-test-id="timeline-preview-event" class="TimelinePreviewEvent__Card-sc-91x"><div data-test-id="generic-preview-event-header" class="PreviewHeader__Row-sc-7e2">${
    icon ? `<span role="img" aria-label="${icon}" class="UIIcon__Wrapper-sc-4f"></span>` : ''
  }<span data-test-id="header-message">${header}</span><span data-test-id="event-timestamp">${when}</span></div>${
    subject ? `<div class="PreviewBody__Subject-sc-1dd">${subject}</div>` : ''
  }<div class="PreviewBody__Meta-sc-1dd">${meta}</div></div></div></div>\n`;

/** A note by the deal's owner: a timeline item that is no touch. */
export const note = (when: string, text: string) =>
  preview(null, 'Note by Alex Moreno', when, null, `<span class="SanitizedText__Body-sc-7">${text}</span>`);

/** Items pinned above the feed: HubSpot draws a second copy of each there, its own date kept. */
export const pinned = (items: string) =>
  `<div data-test-id="pinned-activity-section" class="PinnedActivity__Section-sc-3j"><h4>Pinned</h4>${items}</div>\n`;

const LOAD_MORE =
  '<div class="TimelineFooter__Wrapper-sc-0ak"><button type="button" class="UIButton__Button-sc-1l8">Load more</button></div>';

/** The deal page: `items` newest first under the timeline, "Load more" below them when `more`. */
export function dealPage(stage: string, items: string, more: boolean): string {
  return `<!-- saved from url=(0056)${DEAL_URL} -->
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Northwind — Fleet telematics | HubSpot</title></head>
<body>
<main class="RecordsApp__Main-sc-2b"><div class="RecordPage__Layout-sc-4c">
<div data-test-id="left-sidebar" class="LeftSidebar__Column-sc-9a">
<div data-card-type="OBJECT_HIGHLIGHT" class="ObjectHighlight__Card-sc-8e"><div data-test-id="record-highlight-main-content"><h2 data-selenium-test="highlightTitle" class="HighlightTitle__Text-sc-8e-1">Northwind — Fleet telematics</h2></div>
<div data-test-id="highlight-property-item-dealstage"><span>Deal stage</span> <span data-test-id="highlight-property-display-dealstage">${stage}</span></div><div data-test-id="highlight-property-item-pipeline"><span>Pipeline</span> <span data-test-id="highlight-property-display-pipeline">Sales Pipeline</span></div><div data-test-id="highlight-property-item-amount"><span>Amount</span> <span data-test-id="highlight-property-display-amount">$48,000.00</span></div></div>
<div data-selenium-test="highlightedPropertySidebar" class="PropertySidebar__Wrapper-sc-6k"><h3>About this deal</h3>
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Deal owner</span><div>Alex Moreno</div></div><div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Create date</span><div>05/12/2026 10:00 AM</div></div><div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Close date</span><div>12/18/2026</div></div></div></div>
<div data-test-id="middle-pane" class="MiddlePane__Column-sc-1q">
<div data-test-id="crm-events-viz-timeline" class="Timeline__Feed-sc-7r">
${items}${more ? LOAD_MORE : ''}
</div></div>
<div data-test-id="records-right-sidebar" class="RightSidebar__Column-sc-5t">
<div data-test-id="associated-objects-card-content-0-1" class="AssociationsCard__Body-sc-2m"><h3>Contacts (3)</h3><a data-selenium-test="contact-chicklet-title-link" href="/contacts/${PORTAL}/record/0-1/2101">Priya Nair</a><a data-selenium-test="contact-chicklet-title-link" href="/contacts/${PORTAL}/record/0-1/2102">Tom Becker</a><a data-selenium-test="contact-chicklet-title-link" href="/contacts/${PORTAL}/record/0-1/2103">Lena Ortiz</a></div>
</div></div></main>
</body></html>`;
}

/** A contact page: `items` newest first under the timeline, "Load more" below them when `more`. */
export function contactPage(url: string, name: string, email: string, items: string, more = false): string {
  return `<!-- saved from url=(0056)${url} -->
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${name} | HubSpot</title></head>
<body>
<main class="RecordsApp__Main-sc-2b"><div class="RecordPage__Layout-sc-4c">
<div data-test-id="left-sidebar" class="LeftSidebar__Column-sc-9a">
<div data-card-type="OBJECT_HIGHLIGHT" class="ObjectHighlight__Card-sc-8e"><div data-test-id="record-highlight-main-content"><h2 data-selenium-test="highlightTitle" class="HighlightTitle__Text-sc-8e-1">${name}</h2></div></div>
<div data-selenium-test="highlightedPropertySidebar" class="PropertySidebar__Wrapper-sc-6k"><div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Email</span><div>${email}</div></div><div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Contact owner</span><div>Alex Moreno</div></div><div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Create date</span><div>05/02/2026 9:00 AM</div></div></div></div>
<div data-test-id="middle-pane" class="MiddlePane__Column-sc-1q">
<div data-test-id="crm-events-viz-timeline" class="Timeline__Feed-sc-7r">
${items}${more ? LOAD_MORE : ''}</div></div>
<div data-test-id="records-right-sidebar" class="RightSidebar__Column-sc-5t"><div data-test-id="associated-objects-card-content-0-3"><h3>Deals (1)</h3><a href="/contacts/${PORTAL}/record/0-3/9401">Northwind — Fleet telematics</a></div></div></div></main>
</body></html>`;
}

/** The Sales Pipeline's stages, in order. */
export const STAGES = [
  'Appointment scheduled',
  'Qualified to buy',
  'Presentation scheduled',
  'Decision maker bought-in',
  'Contract sent',
  'Closed won',
  'Closed lost',
];

/** The pipeline's path above the deal stage property, the current step marked (crm-pages.md, deal stage). */
export function stagePath(current: string): string {
  return `<ul data-test-id="deal-stage-path">${STAGES.map(
    (s) => `<li data-stage="${s}"${s === current ? ' aria-current="step"' : ''}>${s}</li>`,
  ).join('')}</ul>`;
}
