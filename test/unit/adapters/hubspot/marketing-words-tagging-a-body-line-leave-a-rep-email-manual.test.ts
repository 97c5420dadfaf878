/**
 * metrics.md: automated = "a touch sent by a sequence/cadence tool without a person writing it".
 * A rep's own email (header "Correo enviado por Elena Vidal" / "E-mail enviado por ..." /
 * "E-mail verzonden door ...") whose BODY lists a line "Correos de marketing: 4 al mes" (the rep
 * quoting a plan to the customer) is a person's email, not a marketing send.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

describe('a rep email whose body names marketing emails with a colon', () => {
  it.each([
    [
      'es-ES',
      'Correo enviado por Elena Vidal',
      '<p>Hola Tomás, este es el plan.</p><p>Correos de marketing: 4 al mes</p>',
    ],
    [
      'pt-BR',
      'E-mail enviado por Elena Vidal',
      '<p>Olá Tomás, segue o plano.</p><p>E-mails de marketing: 4 por mês</p>',
    ],
    [
      'nl-NL',
      'E-mail verzonden door Elena Vidal',
      '<p>Hoi Tomás, hier is het plan.</p><p>Marketing-e-mails: 4 per maand</p>',
    ],
  ] as const)('%s: "%s" stays manual', (lang, header, body) => {
    const middle = timeline(previewEvent(header, '2026-11-16T11:00:00Z', body));
    const a = readHubSpot(contactRecord({ lang, name: 'Tomás Ferreira', middle })).activities[0];
    expect(a).toMatchObject({ type: 'email', automated: false });
  });
});
