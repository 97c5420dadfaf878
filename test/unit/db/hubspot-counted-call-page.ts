// Review s60 (tz): a HubSpot contact record page written by hand from crm-evidence-2.md
// (HubSpot): record header [data-card-type="OBJECT_HIGHLIGHT"] → [data-selenium-test="highlightTitle"];
// timeline events [data-test-id="timeline-preview-event"] inside
// [data-test-id="collapsible-event-accordion"] with a [role="button"][aria-expanded] toggle; the
// type in the header wording [data-test-id="generic-preview-event-header"] (e.g. "Call - Connected
// made by …"); the time in [data-test-id="event-timestamp"] ("Today at 2:26 PM", "3 hours ago").
export const PORTAL = '4410025';
export const hsUrl = (id: string) => `https://app.hubspot.com/contacts/${PORTAL}/record/0-1/${id}`;

export function hsEvent(header: string, when: string, body = ''): string {
  return `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false">
<div data-test-id="timeline-preview-event">
 <div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${header}</span></div>
 <span data-test-id="event-timestamp">${when}</span>
 <div data-test-id="rte-content">${body}</div>
</div></div></div>`;
}

export function hsContact(id: string, name: string, owner: string, events: string[]): string {
  return `<!-- saved from url=(0060)${hsUrl(id)} -->
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${name} | HubSpot</title></head><body>
<div data-card-type="OBJECT_HIGHLIGHT"><div data-selenium-test="highlightTitle">${name}</div></div>
<div data-selenium-test="property-input-email"><span data-selenium-test="property-label">Email</span><div>${name.split(' ')[0]?.toLowerCase()}@example.org</div></div>
<div data-selenium-test="property-input-owner"><span data-selenium-test="property-label">Contact owner</span><div>${owner}</div></div>
<div data-test-id="timeline-activities">${events.join('\n')}</div>
</body></html>`;
}
