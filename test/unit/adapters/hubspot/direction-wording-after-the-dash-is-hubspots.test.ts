// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readHubSpot } from './contact-record';

/**
 * Review s60 (rega, a regression of c1ca0ce). crm-evidence-2.md: a HubSpot item header is
 * "{type} - {outcome/event} …"; the part after " - " may be HubSpot's own wording of who reached
 * whom ("Call - Inbound", "Email - Received from …"), not only a subject. metrics.md: "Direction:
 * `outbound` (rep to contact), `inbound` (contact to rep)". A call the header marks inbound is the
 * contact's call to the rep: inbound. Worked by hand: the header says so, nothing says otherwise.
 */
function page(lang: string, header: string, when: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Jordan Lee | HubSpot</title></head><body>
<section data-test-id="left-sidebar"><div data-card-type="OBJECT_HIGHLIGHT"><h1 data-selenium-test="highlightTitle">Jordan Lee</h1></div>
<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label-email">Email</span><div data-deferred-property-input-mode="display">jordan@lee-roofing.com</div></div></div></section>
<section data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
<h3>November 2026</h3>
<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false" tabindex="0">
<div data-test-id="timeline-preview-event">
<div data-test-id="generic-preview-event-header"><span data-test-id="header-message">${header}</span> <span data-test-id="event-timestamp">${when}</span></div>
<div></div>
</div></div></div>
</div></section></body></html>`;
}

describe('HubSpot header whose direction wording stands after " - "', () => {
  it.each([
    ['en-US', 'Call - Inbound', 'Nov 18, 2026 at 10:00 AM', 'call'],
    ['en-US', 'Call - Incoming', 'Nov 18, 2026 at 10:00 AM', 'call'],
    ['en-US', 'Logged call - Inbound', 'Nov 18, 2026 at 10:00 AM', 'call'],
    ['en-US', 'Call - Connected - Inbound', 'Nov 18, 2026 at 10:00 AM', 'call'],
    ['es-ES', 'Llamada - Entrante', '18 nov 2026 a las 10:00', 'call'],
    ['de-DE', 'Anruf - Eingehend', '18. Nov. 2026 um 10:00', 'call'],
    ['fr-FR', 'Appel - Entrant', '18 nov. 2026 à 10:00', 'call'],
    ['it-IT', 'Chiamata - In entrata', '18 nov 2026 alle 10:00', 'call'],
    ['en-US', 'Email - Inbound', 'Nov 18, 2026 at 10:00 AM', 'email'],
    ['de-DE', 'E-Mail - Empfangen', '18. Nov. 2026 um 10:00', 'email'],
    ['es-ES', 'Correo - Recibido', '18 nov 2026 a las 10:00', 'email'],
    ['nl-NL', 'E-mail - Ontvangen', '18 nov. 2026 om 10:00', 'email'],
    ['en-US', 'SMS - Received', 'Nov 18, 2026 at 10:00 AM', 'sms'],
    ['en-US', 'LinkedIn - Inbound', 'Nov 18, 2026 at 10:00 AM', 'social'],
  ] as const)('%s "%s" is the contact reaching the rep: inbound', (lang, header, when, type) => {
    const touch = readHubSpot(page(lang, header, when)).activities[0];
    expect({ type: touch?.type, direction: touch?.direction }).toEqual({ type, direction: 'inbound' });
  });

  it.each([
    ['en-US', 'Email - Sent', 'Nov 18, 2026 at 10:00 AM'],
    ['de-DE', 'E-Mail - Gesendet', '18. Nov. 2026 um 10:00'],
    ['es-ES', 'Correo - Enviado', '18 nov 2026 a las 10:00'],
    ['it-IT', 'E-mail - Inviata', '18 nov 2026 alle 10:00'],
    // A subject opening with a direction word goes on past it: the rep's email (review s60, regc).
    ['en-US', 'Logged email - Received your documents, thanks', 'Nov 18, 2026 at 10:00 AM'],
    ['en-US', 'Logged email - Received, thanks', 'Nov 18, 2026 at 10:00 AM'],
    ['en-US', 'Logged email - Inbound freight quote', 'Nov 18, 2026 at 10:00 AM'],
    ['de-DE', 'Protokollierte E-Mail - Empfangene Unterlagen', '18. Nov. 2026 um 10:00'],
  ] as const)('%s "%s" is the rep\'s email to the contact: outbound', (lang, header, when) => {
    const touch = readHubSpot(page(lang, header, when)).activities[0];
    expect({ type: touch?.type, direction: touch?.direction }).toEqual({ type: 'email', direction: 'outbound' });
  });
});
