// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, readHubSpot, timeline } from './contact-record';

/**
 * HubSpot's older contact record (crm-pages.md: `[data-selenium-test="timeline-card"]`; crm-evidence-2.md:
 * "both generations coexist", "the type is only in that wording, localised") shows a card's type in a
 * row of its own above its date (type-word-on-its-own-row-above-the-date.test.ts). Only the English
 * table knew the logged forms ("Logged email", "Logged call"): a row saying "Gelogde e-mail",
 * "Protokollierte E-Mail", "Chiamata registrata" or "Appel enregistré" was no type word, and the rep's
 * logged touch became a record event, no touch at all.
 *
 * Oracle, by hand (metrics.md: calls and emails are touches; "Direction: outbound (rep to contact)"):
 * each card is the rep's logged email or call, outbound.
 */
function olderCard(id: string, typeRow: string, date: string, title: string, body: string): string {
  return `<div data-selenium-test="timeline-card"><div><div><span>${typeRow}</span></div><div data-selenium-test="timeline-header-actions" data-selenium-id="${id}"><button>Actions</button></div></div><div><small>${date}</small></div><div data-selenium-test="timeline-editable-title">${title}</div><div>${body}</div></div>`;
}

describe("older timeline card: the type row of a rep's logged email or call, in the page's language", () => {
  it.each([
    ['nl-NL', 'Gelogde e-mail', 'email', '17 nov. 2026 om 14:05'],
    ['de-DE', 'Protokollierte E-Mail', 'email', '17. Nov. 2026 um 14:05'],
    ['it-IT', 'E-mail registrata', 'email', '17 nov 2026 alle 14:05'],
    ['pt-BR', 'E-mail registrado', 'email', '17 de nov. de 2026 às 14:05'],
    ['es-ES', 'Correo registrado', 'email', '17 nov 2026 a las 14:05'],
    ['fr-FR', 'E-mail enregistré', 'email', '17 nov. 2026 à 14:05'],
    ['nl-NL', 'Gelogd gesprek', 'call', '17 nov. 2026 om 14:05'],
    ['de-DE', 'Protokollierter Anruf', 'call', '17. Nov. 2026 um 14:05'],
    ['it-IT', 'Chiamata registrata', 'call', '17 nov 2026 alle 14:05'],
    ['pt-BR', 'Chamada registrada', 'call', '17 de nov. de 2026 às 14:05'],
    ['es-ES', 'Llamada registrada', 'call', '17 nov 2026 a las 14:05'],
    ['fr-FR', 'Appel enregistré', 'call', '17 nov. 2026 à 14:05'],
  ] as const)('%s "%s" is an outbound %s', (lang, typeRow, type, date) => {
    const html = contactRecord({
      lang,
      name: 'Sanne de Vries',
      middle: timeline(groupHeading('11/2026') + olderCard('66101', typeRow, date, 'Offerte dakwerk', 'Dakwerk 2027')),
    });
    const item = readHubSpot(html).activities.find((a) => a.sourceId === '66101');
    expect({ type: item?.type, direction: item?.direction }).toEqual({ type, direction: 'outbound' });
  });
});
