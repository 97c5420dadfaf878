import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { en } from '../../../../lib/adapters/hubspot/words/en';
import { es } from '../../../../lib/adapters/hubspot/words/es';
import { fr } from '../../../../lib/adapters/hubspot/words/fr';

/**
 * metrics.md: automated system events are not touches; calls, emails and meetings are. HubSpot's
 * French and Spanish event participles ("Signalé comme spam", "Marcado como spam") after the type
 * are events; the same words in a call's topic, a first name ("Marco"), a brand ("marque") or a
 * subject are not. Review s61 (r61a, r61i): sentences about "l'e-mail"/"el correo" ("… a rebondi",
 * "no se entregó") are a call's topic or a reply's subject as often as an event, so they are read
 * as neither (the hslang finding that such event sentences count as emails stays open).
 */
describe('email event words in French or Spanish', () => {
  it.each([
    ['E-mail - Signalé comme spam', [fr, en]],
    ['Correo electrónico - Marcado como spam', [es, en]],
  ])('"%s" is a system item, no email', (header, words) => {
    expect(classifyActivity(header, { words })).toMatchObject({ type: 'system', direction: 'unknown' });
  });

  it.each([
    // An email whose subject, after its type wording, names such an event is still the rep's email.
    ['E-mail envoyé par Hugo Lefort - Votre colis a rebondi ?', [fr, en]],
    ['Correo electrónico enviado por Diego Salas - El paquete no se entregó', [es, en]],
  ])('"%s" stays an email', (header, words) => {
    expect(classifyActivity(header, { words })).toMatchObject({ type: 'email', direction: 'outbound' });
  });

  // Review s61 (r61a): the words alone are a call's topic, a first name ("Marco"), a brand ("marque") or a subject.
  it.each([
    ['Appel avec Noémie Garnier : colis non livré', [fr, en], 'call'],
    ['Appel avec Noémie Garnier : notre marque classée comme spam', [fr, en], 'call'],
    ['Llamada con Inés Quintana: el pedido no se entregó', [es, en], 'call'],
    ['Llamada con Marco Ruiz: sus correos llegan como spam', [es, en], 'call'],
    ['Reunión con Marco Ruiz sobre correos recibidos como spam', [es, en], 'meeting'],
    ['Correo electrónico - No se entregó tu pedido: lo reenviamos hoy', [es, en], 'email'],
    ['E-mail - Marqué comme spam ? Ajoutez-nous à vos contacts', [fr, en], 'email'],
    // Review s61 (r61i): a call about an email that did not arrive, a reply whose subject says so.
    ["Appel avec Camille Durand : l'e-mail du devis a rebondi", [fr, en], 'call'],
    ['Reunión con Lucía Romero: el correo de invitación no se entregó', [es, en], 'meeting'],
    ["Réponse par e-mail - L'e-mail avec le devis n'a pas été remis", [fr, en], 'email'],
  ])('"%s" stays a touch (%s)', (header, words, type) => {
    expect(
      classifyActivity(header, { words, contactNames: ['Noémie Garnier', 'Inés Quintana', 'Marco Ruiz'] }).type,
    ).toBe(type);
  });
});
