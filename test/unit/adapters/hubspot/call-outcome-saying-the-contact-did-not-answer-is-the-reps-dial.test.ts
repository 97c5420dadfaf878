// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * A call preview's header is "{type} - {outcome} {who}" (crm-evidence-2.md: "Appel - Connecté passé
 * par …"). Worded "the contact did not answer" ("Non ha risposto", "Não respondeu", "Niet
 * beantwoord", "No respondió", "Nicht geantwortet"), the outcome holds the tables' inbound word for
 * an answer ("ha risposto", "respondeu", "beantwoord", "respondió", "geantwortet"), its negation
 * ignored: the rep's unanswered dial became the contact's inbound call. A collapsed preview shows
 * the outcome and who alone ("Niet beantwoord · Joost Bakker"), where the negation must count.
 *
 * Oracle, by hand (metrics.md "Direction: outbound (rep to contact)"): the rep dialled, nobody
 * answered: an outbound call, not connected.
 */
const cases = [
  [
    'it-IT',
    'Proprietario del contatto',
    'Chiamata - Non ha risposto effettuata da Marco Bassi',
    '18 nov 2026 alle 10:00',
  ],
  ['pt-BR', 'Proprietário do contato', 'Chamada - Não respondeu feita por Marco Bassi', '18 de nov. de 2026 às 10:00'],
  ['nl-NL', 'Eigenaar contactpersoon', 'Gesprek - Niet beantwoord door Marco Bassi', '18 nov. 2026 om 10:00'],
  ['es-ES', 'Propietario del contacto', 'Llamada - No respondió realizada por Marco Bassi', '18 nov 2026 a las 10:00'],
  ['de-DE', 'Kontaktinhaber', 'Anruf - Nicht geantwortet von Marco Bassi', '18. Nov. 2026 um 10:00'],
  ['fr-FR', 'Propriétaire du contact', "Appel - N'a pas répondu passé par Marco Bassi", '18 nov. 2026 à 10:00'],
  ['nl-NL', 'Eigenaar contactpersoon', 'Niet beantwoord · Marco Bassi', '18 nov. 2026 om 10:00'],
  ['pt-BR', 'Proprietário do contato', 'Não respondeu · Marco Bassi', '18 de nov. de 2026 às 10:00'],
  ['it-IT', 'Proprietario del contatto', 'Non ha risposto · Marco Bassi', '18 nov 2026 alle 10:00'],
  ['es-ES', 'Propietario del contacto', 'No respondió · Marco Bassi', '18 nov 2026 a las 10:00'],
  ['de-DE', 'Kontaktinhaber', 'Nicht geantwortet · Marco Bassi', '18. Nov. 2026 um 10:00'],
  ['en-US', 'Contact owner', 'Call - Not answered made by Marco Bassi', 'Nov 18, 2026 at 10:00 AM'],
] as const;

describe("a rep's call whose outcome says the contact did not answer", () => {
  it.each(cases)(
    '%s (owner label "%s"): "%s" is an outbound call nobody answered',
    (lang, ownerLabel, header, time) => {
      const html = contactRecord({
        lang,
        name: 'Giulia Ferri',
        properties: property(ownerLabel, 'Marco Bassi'),
        middle: timeline(groupHeading('11/2026') + previewEvent(header, time)),
      });
      const call = readHubSpot(html).activities[0];
      expect({ type: call?.type, direction: call?.direction, outcome: call?.outcome }).toEqual({
        type: 'call',
        direction: 'outbound',
        outcome: 'no-answer',
      });
    },
  );
});
