/**
 * metrics.md: automated = "a touch sent by a sequence/cadence tool without a person writing it".
 * A rep's own one-to-one email (header "Correo enviado por Elena Vidal" / "E-mail enviado por …" /
 * "E-mail verzonden door …", 2024+ preview, crm-evidence-2.md) whose BODY speaks of marketing emails
 * before a colon, in a line of a plan ("Correos de marketing: 4 al mes") or an ordinary sentence
 * ("Te paso el borrador del correo de marketing: dime qué te parece."), is a person's email:
 * automated false. With "automated left out" it must still count as the rep's email.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

const EMAIL_SENT = {
  'es-ES': 'Correo enviado por Elena Vidal',
  'pt-BR': 'E-mail enviado por Elena Vidal',
  'nl-NL': 'E-mail verzonden door Elena Vidal',
} as const;

function firstActivity(lang: keyof typeof EMAIL_SENT, date: string, body: string) {
  const middle = timeline(previewEvent(EMAIL_SENT[lang], date, body));
  return readHubSpot(contactRecord({ lang, name: 'Tomás Ferreira', middle })).activities[0];
}

describe('a rep email whose body names marketing emails with a colon', () => {
  it.each([
    ['es-ES', '<p>Hola Tomás, este es el plan.</p><p>Correos de marketing: 4 al mes</p>'],
    ['pt-BR', '<p>Olá Tomás, segue o plano.</p><p>E-mails de marketing: 4 por mês</p>'],
    ['nl-NL', '<p>Hoi Tomás, hier is het plan.</p><p>Marketing-e-mails: 4 per maand</p>'],
  ] as const)('%s: a line of a plan stays manual', (lang, body) => {
    expect(firstActivity(lang, '2026-11-16T11:00:00Z', body)).toMatchObject({ type: 'email', automated: false });
  });
});

describe('a rep email whose body names one marketing email before a colon', () => {
  it.each([
    ['es-ES', '<p>Hola Tomás, te paso el borrador del correo de marketing: dime qué te parece.</p>'],
    ['pt-BR', '<p>Olá Tomás, segue o rascunho do e-mail de marketing: me diga o que acha.</p>'],
    ['nl-NL', '<p>Hoi Tomás, hier is de tekst van de marketing-e-mail: laat me weten wat je denkt.</p>'],
  ] as const)('%s: a sentence stays manual', (lang, body) => {
    expect(firstActivity(lang, 'Nov 16, 2026 at 11:00 AM', body)).toMatchObject({ type: 'email', automated: false });
  });
});
