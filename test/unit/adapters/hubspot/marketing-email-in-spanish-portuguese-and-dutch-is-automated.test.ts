/**
 * metrics.md: automated is "a touch sent by a sequence/cadence tool without a person writing it
 * (bulk sequence email)". A HubSpot marketing email, a newsletter sent to a list, is one in every
 * language Touchline reads, as "Marketing email" is in English: "Correo de marketing" in Spanish,
 * "E-mail de marketing" in Portuguese, "Marketing-e-mail" in Dutch. The rep's own email beside it
 * stays manual.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

const pages = [
  ['es-ES', 'Correo de marketing - Novedades de diciembre', 'Correo enviado por Elena Vidal'],
  ['pt-BR', 'E-mail de marketing - Novidades de dezembro', 'E-mail enviado por Elena Vidal'],
  ['nl-NL', 'Marketing-e-mail - Nieuws van december', 'E-mail verzonden door Elena Vidal'],
] as const;

describe('a marketing email beside a rep’s email', () => {
  it.each(pages)('%s "%s" is automated, "%s" manual', (lang, marketing, rep) => {
    const middle = timeline(
      previewEvent(marketing, '2026-11-18T09:00:00Z') + previewEvent(rep, '2026-11-16T11:00:00Z', '<div>Oferta</div>'),
    );
    const emails = readHubSpot(contactRecord({ lang, name: 'Tomás Ferreira', middle })).activities.map((a) => [
      a.type,
      a.automated,
    ]);
    expect(emails).toEqual([
      ['email', true],
      ['email', false],
    ]);
  });
});
