// A HubSpot contact page written by hand from crm-pages.md / crm-evidence-2.md:
// record URL /contacts/{portal}/record/0-1/{id}; header [data-card-type="OBJECT_HIGHLIGHT"] →
// [data-selenium-test="highlightTitle"]; properties with [data-selenium-test="property-label"];
// timeline [data-test-id="crm-events-viz-timeline"] of [data-test-id="timeline-preview-event"]
// previews (header [data-test-id="header-message"], time [data-test-id="event-timestamp"], the
// engagement id on [data-selenium-test="timeline-header-actions"] data-selenium-id).
export const PORTAL = '5520317';
export const contactUrl = (id: string) => `https://app.hubspot.com/contacts/${PORTAL}/record/0-1/${id}`;

export function item(id: string, header: string, when: string, lines: string[] = []): string {
  return `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0">
<div data-test-id="timeline-preview-event">
<div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${header}</span> <span data-test-id="event-timestamp">${when}</span></div>
<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"></div>
${lines.map((l) => `<div>${l}</div>`).join('\n')}
</div></div></div>
`;
}

export function contactPage(id: string, name: string, email: string, created: string, items: string): string {
  const url = contactUrl(id);
  return `<!-- saved from url=(0060)${url} -->
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${name} | HubSpot</title></head>
<body>
<div data-test-id="left-sidebar">
<div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle">${name}</h2></div>
<div data-selenium-test="highlightedPropertySidebar">
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Email</span><div>${email}</div></div>
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Contact owner</span><div>Dana Whitfield</div></div>
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Create date</span><div>${created}</div></div>
</div></div>
<div data-test-id="middle-pane">
<div data-test-id="crm-events-viz-timeline">
${items}</div></div>
<div data-test-id="records-right-sidebar"></div>
</body></html>`;
}
