// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * A 2024+ preview's header holds HubSpot's type wording, then the item's own text after " - "
 * (crm-evidence-2.md: "Appel - Connecté passé par …"); for an email that text is its subject. A
 * rep's logged follow-up asking whether the quote arrived says "received"/"reply" in its subject
 * only ("Hai ricevuto il preventivo?", "Offerte ontvangen?"): the tables' inbound words were read
 * over the whole header, and the rep's email became the contact's reply, answering nothing.
 *
 * Oracle, by hand (metrics.md "Direction: outbound (rep to contact)"): the type wording says
 * "logged email", so the email is the rep's, outbound, whatever its subject asks.
 */
describe("a rep's logged email whose subject asks whether something came", () => {
  it.each([
    ['it-IT', 'E-mail registrata - Hai ricevuto il preventivo?', '18 nov 2026 alle 10:00'],
    ['nl-NL', 'Gelogde e-mail - Offerte ontvangen?', '18 nov. 2026 om 10:00'],
    ['pt-BR', 'E-mail registrado - Proposta recebida?', '18 de nov. de 2026 às 10:00'],
    ['es-ES', 'Correo registrado - ¿Propuesta recibida?', '18 nov 2026 a las 10:00'],
    ['fr-FR', 'E-mail enregistré - Devis bien reçu ?', '18 nov. 2026 à 10:00'],
    ['de-DE', 'Protokollierte E-Mail - Angebot empfangen?', '18. Nov. 2026 um 10:00'],
    ['en-US', 'Logged email - Did you get my reply?', 'Nov 18, 2026 at 10:00 AM'],
  ] as const)('%s "%s" is an outbound email', (lang, header, time) => {
    const html = contactRecord({
      lang,
      name: 'Giulia Ferri',
      middle: timeline(groupHeading('11/2026') + previewEvent(header, time)),
    });
    const email = readHubSpot(html).activities[0];
    expect({ type: email?.type, direction: email?.direction }).toEqual({ type: 'email', direction: 'outbound' });
  });

  it('(control) a header whose own type wording says a reply, "Risposta via e-mail da Giulia Ferri", is inbound', () => {
    const html = contactRecord({
      lang: 'it-IT',
      name: 'Giulia Ferri',
      properties: property('E-mail', 'giulia@ferri-tetti.it'),
      middle: timeline(
        groupHeading('11/2026') + previewEvent('Risposta via e-mail da Giulia Ferri', '18 nov 2026 alle 10:00'),
      ),
    });
    const email = readHubSpot(html).activities[0];
    expect({ type: email?.type, direction: email?.direction }).toEqual({ type: 'email', direction: 'inbound' });
  });
});
