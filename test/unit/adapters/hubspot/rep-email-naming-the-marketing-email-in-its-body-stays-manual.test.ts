/**
 * metrics.md: automated = "a touch sent by a sequence/cadence tool without a person writing it".
 * A rep's own one-to-one email (header "Correo enviado por Elena Vidal" / "E-mail enviado por …" /
 * "E-mail verzonden door …", 2024+ preview, crm-evidence-2.md) whose BODY speaks of one marketing
 * email in an ordinary sentence ending in a colon ("Te paso el borrador del correo de marketing:
 * dime qué te parece.") is a person's email: automated false. With "automated left out" it must
 * still count as the rep's email.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

describe('a rep email whose body names one marketing email before a colon', () => {
  it.each([
    [
      'es-ES',
      'Correo enviado por Elena Vidal',
      '<p>Hola Tomás, te paso el borrador del correo de marketing: dime qué te parece.</p>',
    ],
    [
      'pt-BR',
      'E-mail enviado por Elena Vidal',
      '<p>Olá Tomás, segue o rascunho do e-mail de marketing: me diga o que acha.</p>',
    ],
    [
      'nl-NL',
      'E-mail verzonden door Elena Vidal',
      '<p>Hoi Tomás, hier is de tekst van de marketing-e-mail: laat me weten wat je denkt.</p>',
    ],
  ] as const)('%s: "%s" stays manual', (lang, header, body) => {
    const middle = timeline(previewEvent(header, 'Nov 16, 2026 at 11:00 AM', body));
    const a = readHubSpot(contactRecord({ lang, name: 'Tomás Ferreira', middle })).activities[0];
    expect(a).toMatchObject({ type: 'email', automated: false });
  });
});
