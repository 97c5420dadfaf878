import { describe, expect, it } from 'vitest';
import { TextMasker } from '../../../lib/capture/mask-text';
import { captureHtml, contactReading } from './capture-html';

// README: "dates, labels and layout stay". A name's particles ("de", "van", "le") are everyday
// words of the page languages: masked inside the whole name, never alone.
describe('the capture of a name with particles', () => {
  it('keeps "10 de marzo de 2026" on a Spanish page whose activity owner is Ana de la Cruz', async () => {
    const html = await captureHtml(
      '<h1>Jordan Lee</h1><div>Ana de la Cruz registró una llamada</div><time>10 de marzo de 2026</time>',
      contactReading({ activityOwners: ['Ana de la Cruz'] }),
      { lang: 'es-ES' },
    );
    expect(html).toContain('<time>10 de marzo de 2026</time>');
    expect(html).not.toContain('Cruz');
    expect(html).toMatch(/<div>[A-Z][a-z]{2} [a-z]{2} [a-z]{2} [A-Z][a-z]{3} registró una llamada<\/div>/);
  });
});

describe('masking names with particles', () => {
  it.each([
    ['fr-FR', 'Pierre Le Gall', 'Rappel le 3 mars 2026 à 10:00'],
    ['nl-NL', 'Jan van Dijk', 'Bericht van de klant op 3 maart 2026'],
    ['de-DE', 'Ludwig von Mises', 'Notiz von gestern, 3. März 2026'],
    ['pt-BR', 'Maria da Silva', 'Reunião da equipe em 3 de março de 2026'],
    ['it-IT', 'Marco Di Stefano', 'Ultimo giorno di lavoro: 3 marzo 2026'],
  ])('on a %s page with %s, keeps "%s" and masks the whole name', (lang, name, text) => {
    const masker = new TextMasker({ names: [name], phrases: [], phones: [] }, lang);
    expect(masker.mask(text)).toBe(text);
    const masked = masker.mask(name);
    for (const word of name.split(' ')) expect(masked.split(' ')).not.toContain(word);
  });
});
