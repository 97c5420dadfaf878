import { describe, expect, it } from 'vitest';
import { TextMasker } from '../../../lib/capture/mask-text';
import { capturedBody, contactReading } from './capture-html';

// mask-text.ts KnownPersonalData.names: each word of a name is masked on its own ("Hi Jordan"),
// also a first name that is a month or weekday; the README's "dates stay" still holds.
describe('the capture of a first name that is also a month', () => {
  it('masks "Hi April," in a note body', async () => {
    const body = await capturedBody(
      '<h1>April Chen</h1><div class="TimelineBody__Text-sc-1">Hi April, thanks for the call.</div>',
      contactReading({ name: 'April Chen' }),
      { title: 'April Chen | HubSpot' },
    );
    expect(body).not.toContain('April');
  });

  it('masks "Jan" in "Hallo Jan," for a contact named Jan Vermeulen on a Dutch page', async () => {
    const body = await capturedBody(
      '<h1>Jan Vermeulen</h1><div data-test-id="header-message">Hallo Jan, bel me terug</div>',
      contactReading({ name: 'Jan Vermeulen' }),
      { lang: 'nl-NL', title: 'Jan Vermeulen | HubSpot' },
    );
    expect(body).not.toContain('Jan');
    expect(body).toMatch(/Hallo [A-Z][a-z]{2}, bel me terug/);
  });

  it('keeps "3 marzo 2026" in a note on an Italian page', async () => {
    const body = await capturedBody(
      '<div class="TimelineBody__Text-sc-1">Richiamare il 3 marzo 2026</div>',
      contactReading(),
      { lang: 'it-IT' },
    );
    expect(body).toContain('>Xxxxxxxxxx xx 3 marzo 2026<');
  });
});

describe('dates in every page language, beside people named after a month or weekday', () => {
  it.each([
    [
      'en-US',
      'April Chen',
      ['Apr 3, 2026', 'April 3, 2026 at 3:00 PM', 'Friday, April 3', 'April • 2026'],
      'Hi April, thanks',
    ],
    ['en-GB', 'June Park', ['3 June 2026', 'Wed 3 June', '3rd of June'], 'Thanks June!'],
    ['de-DE', 'Mai Nguyen', ['3. Mai 2026', 'Mo., 3. Mai 2026, 14:05'], 'Hallo Mai, danke'],
    ['fr-FR', 'Sam Patel', ['sam. 16 nov. 2026', 'samedi 16 novembre 2026'], 'Bonjour Sam, merci'],
    ['fr-FR', 'Avril Dubois', ['3 avril 2026', 'le 3 avril à 10:00'], 'Bonjour Avril, merci'],
    ['es-ES', 'Abril Gómez', ['10 de abril de 2026', 'abril de 2026'], 'Hola Abril, gracias'],
    ['pt-BR', 'Abril Souza', ['3 de abril de 2026', 'abril 2026'], 'Olá Abril, obrigado'],
    ['nl-NL', 'Jan Vermeulen', ['3 jan. 2026', 'za 3 jan 2026'], 'Hallo Jan, bel me'],
    ['it-IT', 'Mar Rossi', ['3 mar 2026', 'mar 3 marzo 2026'], 'Ciao Mar, grazie'],
  ])('on a %s page with %s: dates stay, the greeting is masked', (lang, name, dates, greeting) => {
    const masker = new TextMasker({ names: [name], phrases: [], phones: [] }, lang);
    for (const date of dates) expect(masker.mask(date)).toBe(date);
    const first = name.split(' ')[0] ?? '';
    expect(masker.mask(greeting)).not.toContain(first);
  });
});
