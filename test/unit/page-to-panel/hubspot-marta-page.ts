// Review s60 (panelread): a HubSpot contact page written by hand.
// crm-evidence-2.md (2024+ previews: collapsible-event-accordion > timeline-preview-event, header
// [data-test-id="header-message"], time [data-test-id="event-timestamp"], engagement id on
// timeline-header-actions data-selenium-id; highlight title; property labels; deal stage
// highlight property; associated contacts chicklet links; notes as timeline-note-event).
export const PORTAL = '6612094';
export const MARTA_URL = `https://app.hubspot.com/contacts/${PORTAL}/record/0-1/51001`;

export function ev(id: string, header: string, when: string, body: string[] = [], icon?: string): string {
  return `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0">
<div data-test-id="timeline-preview-event">
<div data-test-id="generic-preview-event-header">${icon ? `<span role="img" aria-label="${icon}"></span>` : ''}<span data-test-id="header-message">${header}</span> <span data-test-id="event-timestamp">${when}</span></div>
<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"></div>
${body.map((l) => `<div>${l}</div>`).join('\n')}
</div></div></div>
`;
}

export function noteEv(id: string, when: string, text: string): string {
  return `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0">
<div data-test-id="timeline-preview-event"><div data-test-id="timeline-note-event">
<div data-test-id="generic-preview-event-header"><span data-test-id="header-message">Note by Dana Whitfield</span> <span data-test-id="event-timestamp">${when}</span></div>
<div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"></div>
<div data-test-id="rte-content">${text}</div>
</div></div></div></div>
`;
}

export function contactPage(name: string, email: string, items: string): string {
  return `<!-- saved from url=(0060)${MARTA_URL} -->
<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${name} | HubSpot</title></head>
<body>
<div data-test-id="left-sidebar">
<div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle">${name}</h2></div>
<div data-selenium-test="highlightedPropertySidebar">
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Email</span><div>${email}</div></div>
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Contact owner</span><div>Dana Whitfield</div></div>
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Create date</span><div>09/01/2026 9:00 AM</div></div>
</div></div>
<div data-test-id="middle-pane">
<div data-test-id="crm-events-viz-timeline">
${items}</div></div>
<div data-test-id="records-right-sidebar"><div data-test-id="associated-objects-card-content-0-3"><h3>Deals (1)</h3><a href="/contacts/${PORTAL}/record/0-3/88201">Cold-chain pilot</a></div></div>
</body></html>`;
}
