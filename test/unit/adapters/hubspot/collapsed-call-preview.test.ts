import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { wordsFor } from '../../../../lib/adapters/hubspot/words/index';
import { pageLocaleFor } from '../../../../lib/locale/page-locale';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A collapsed call preview shows its outcome, not the word "call", and who made it
 * (crm-evidence-2.md). The Spanish and Portuguese wordings are not from evidence: any verb form
 * before the outcome words is read.
 */
const es = wordsFor(pageLocaleFor('es-ES'));
const pt = wordsFor(pageLocaleFor('pt-BR'));

/** The French preview feed in Spanish, as HubSpot's Spanish UI words it. */
const SPANISH: [string, string][] = [
  ['lang="fr-FR"', 'lang="es-ES"'],
  ['Appel - Connecté passé par Alex Morgan', 'Llamada - Conectado realizada por Alex Morgan'],
  ["Aujourd'hui à 14:26", 'Hoy a las 14:26'],
  ['Réponse par e-mail de Lena Vogt', 'Respuesta de correo de Lena Vogt'],
  ['Hier à 16:45', 'Ayer a las 16:45'],
  ['E-mail envoyé par Alex Morgan', 'Correo enviado por Alex Morgan'],
  ['17 nov. 2026 à 11:05 GMT+1', '17 nov. 2026 a las 11:05 GMT+1'],
  ['Note par Alex Morgan', 'Nota de Alex Morgan'],
  ['16 nov. 2026 à 13:30', '16 nov. 2026 a las 13:30'],
  ['Message vocal laissé · Alex Morgan', 'Dejó un mensaje de voz · Alex Morgan'],
  ['12 nov. 2026 à 11:00', '12 nov. 2026 a las 11:00'],
  ['Réunion avec Lena Vogt', 'Reunión con Lena Vogt'],
  ['28 août à 09:45', '28 ago. a las 9:45'],
  ['<span>Résultat</span> <span>Terminée</span>', '<span>Resultado</span> <span>Completada</span>'],
  ['Tâche assignée à Alex Morgan', 'Tarea asignada a Alex Morgan'],
  ['Échéance : 24 nov. 2026 à 09:00', 'Vence: 24 nov. 2026 a las 9:00'],
  ['<h3>À venir</h3>', '<h3>Próximas</h3>'],
  ['Numéro de téléphone', 'Número de teléfono'],
  ["Nom de l'entreprise", 'Nombre de la empresa'],
  ['Propriétaire du contact', 'Propietario del contacto'],
  ['Date de création', 'Fecha de creación'],
  ['Dernier contact', 'Último contacto'],
  ['Nombre de fois contacté', 'Número de veces contactado'],
  ["Nombre d'activités commerciales", 'Número de actividades de ventas'],
];
const everywhere = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');

describe('HubSpot collapsed call previews that show only the outcome', () => {
  it('Spanish "Dejó un mensaje de voz · Alex Morgan" with no icon label is a voicemail call', () => {
    const page = fixturePage('hubspot', 'contact-preview-feed-fr');
    const spanish = edited(page.html, ...SPANISH.map(([from, to]): [RegExp, string] => [everywhere(from), to]));
    // The type is only in the wording: no icon carries it.
    const html = edited(spanish, [/ role="img" aria-label="[^"]*"/g, '']);
    const call = readPage(html, page.url).activities.find((a) => a.title === 'Follow-up on the fleet survey');
    expect(call).toMatchObject({ type: 'call', outcome: 'voicemail', owner: 'Alex Morgan' });
  });

  it.each([
    ['Deixou correio de voz · Alex Morgan', 'voicemail', pt],
    ['Deixou uma mensagem de voz · Alex Morgan', 'voicemail', pt],
    ['Não atendeu, sem resposta · Alex Morgan', 'no-answer', pt],
    ['Dejó un mensaje en el buzón de voz · Alex Morgan', 'voicemail', es],
    ['Dejó un correo de voz · Alex Morgan', 'voicemail', es],
    ['No contestó, sin respuesta · Alex Morgan', 'no-answer', es],
    ['Estaba ocupado · Alex Morgan', 'busy', es],
  ])('"%s" is a call, %s', (header, outcome, words) => {
    expect(classifyActivity(header, { words })).toMatchObject({ type: 'call', direction: 'outbound', outcome });
  });

  it('a preview naming no outcome is still a system event', () => {
    expect(classifyActivity('Etapa do ciclo de vida alterada · Alex Morgan', { words: pt }).type).toBe('system');
  });
});
