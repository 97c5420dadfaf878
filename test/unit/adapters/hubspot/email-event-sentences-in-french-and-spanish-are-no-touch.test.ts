import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { en } from '../../../../lib/adapters/hubspot/words/en';
import { es } from '../../../../lib/adapters/hubspot/words/es';
import { fr } from '../../../../lib/adapters/hubspot/words/fr';

/**
 * metrics.md: automated system events are not touches. A French or Spanish portal may say an email
 * event as a sentence about the email, its verb conjugated ("a rebondi", "n'a pas été remis", "a
 * marqué … comme spam", "marcó … como spam", "no se entregó"), not only as the table's nouns and
 * participles ("rebond", "signalé comme spam"): it names the email but is no one's email.
 */
describe('an email event said as a sentence in French or Spanish', () => {
  it.each([
    ["L'e-mail « Tarifs 2027 » a rebondi", [fr, en]],
    // Review s61 (r61d): the participle alone as the header's event wording, as before the sentences.
    ['E-mail - Signalé comme spam', [fr, en]],
    ['Correo electrónico - Marcado como spam', [es, en]],
    ["L'e-mail « Tarifs 2027 » n'a pas été remis", [fr, en]],
    ["Noémie Garnier a marqué l'e-mail « Tarifs 2027 » comme spam", [fr, en]],
    ['El correo electrónico «Tarifas 2027» no se entregó', [es, en]],
    ['Inés Quintana marcó el correo «Tarifas 2027» como spam', [es, en]],
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
  ])('"%s" stays a touch (%s)', (header, words, type) => {
    expect(
      classifyActivity(header, { words, contactNames: ['Noémie Garnier', 'Inés Quintana', 'Marco Ruiz'] }).type,
    ).toBe(type);
  });
});
