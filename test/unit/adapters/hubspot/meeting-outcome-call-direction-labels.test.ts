import { describe, expect, it } from 'vitest';
import { contactPage, previewItem, readContact } from './contact-page';

/**
 * An expanded HubSpot call or meeting shows its properties as label / value pairs ("Call direction"
 * Inbound, "Meeting outcome" Canceled). The reader knows those labels in English, German and French
 * ("Meeting-Ergebnis", "Résultat de la réunion", "Anrufrichtung", "Direction de l'appel") and the
 * outcome and direction words in Spanish, Portuguese and Dutch ("Cancelada", "Entrante", ...), but
 * not those languages' meeting-outcome and call-direction labels.
 * metrics.md: a meeting is held (a touch) only with no cancelled, no-show or rescheduled outcome;
 * direction drives active contacts and the reply rate.
 * Labels are HubSpot's property names translated the way the tables' other labels are (a guess:
 * no Spanish, Portuguese or Dutch page is in the evidence).
 */
const prop = (label: string, value: string) => `<div><span>${label}</span><span>${value}</span></div>`;

describe('HubSpot meeting outcome and call direction properties in es, pt, nl', () => {
  it.each([
    ['es-ES', 'Reunión', '16 nov 2026 a las 09:00', 'Resultado de la reunión', 'Cancelada', 'cancelled'],
    ['es-ES', 'Reunión', '16 nov 2026 a las 09:00', 'Resultado de la reunión', 'No se presentó', 'no-show'],
    ['pt-BR', 'Reunião', '16 de nov. de 2026 às 09:00', 'Resultado da reunião', 'Cancelada', 'cancelled'],
    ['pt-BR', 'Reunião', '16 de nov. de 2026 às 09:00', 'Resultado da reunião', 'Não compareceu', 'no-show'],
    ['nl-NL', 'Vergadering', '16 nov 2026 om 09:00', 'Resultaat van vergadering', 'Geannuleerd', 'cancelled'],
  ])('%s: past %s on %s, "%s" = %s, has outcome %s (not held)', (lang, header, date, label, value, outcome) => {
    const { activities } = readContact(
      contactPage({ lang, feed: previewItem({ header, date, body: `${prop(label, value)}<p>Demo</p>` }) }),
    );
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ type: 'meeting', outcome });
  });

  it.each([
    ['es-ES', 'Llamada', '17 nov 2026 a las 09:02', 'Dirección de la llamada', 'Entrante'],
    ['pt-BR', 'Chamada', '17 de nov. de 2026 às 09:02', 'Direção da chamada', 'Recebida'],
    ['nl-NL', 'Gesprek', '17 nov 2026 om 09:02', 'Gespreksrichting', 'Inkomend'],
  ])('%s: %s on %s, "%s" = %s, is inbound', (lang, header, date, label, value) => {
    const { activities } = readContact(
      contactPage({ lang, feed: previewItem({ header, date, body: `${prop(label, value)}<p>Pricing</p>` }) }),
    );
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ type: 'call', direction: 'inbound' });
  });
});
