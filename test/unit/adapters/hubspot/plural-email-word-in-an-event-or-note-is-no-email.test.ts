/**
 * metrics.md: "Internal notes ... and automated system events (property changes, record created,
 * sync events) are not touches and never enter a touch count." HubSpot headers in Spanish and
 * Portuguese (crm-evidence-2.md: the type is only in the header's wording, localised) that merely
 * mention emails in the plural: a contact subscribing to a blog's emails, a subscription updated,
 * a rep's note about the emails. None is an email touch.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

const read = (lang: string, header: string) =>
  readHubSpot(
    contactRecord({
      lang,
      name: 'Tomás Ferreira',
      middle: timeline(previewEvent(header, '2026-11-16T11:00:00Z', '<p>—</p>')),
    }),
  ).activities[0];

describe('a plural email word in a record event or a note header', () => {
  it.each([
    ['es-ES', 'Tomás Ferreira se suscribió a Correos del blog'],
    ['es-ES', 'Suscripción a correos actualizada'],
    ['pt-BR', 'Tomás Ferreira se inscreveu para receber e-mails'],
  ])('%s "%s" is no email touch', (lang, header) => {
    expect(read(lang, header)?.type).not.toBe('email');
  });

  it.each([
    ['es-ES', 'Elena Vidal dejó una nota sobre los correos'],
    ['pt-BR', 'Elena Vidal criou uma nota sobre os e-mails'],
  ])('%s "%s" is a note', (lang, header) => {
    expect(read(lang, header)?.type).toBe('note');
  });
});
