/** Sidebar field labels in Spanish, Brazilian Portuguese and Dutch (read by label text when no field key is present). */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
const label = (text: string) => `FormField__label--E60Qw">${text}<`;
const translated = (lang: string, labels: [string, string, string], dates: [string, string, string]) =>
  edited(
    person.html,
    ['lang="en-US"', `lang="${lang}"`],
    [label('Last activity date'), label(labels[0])],
    [label('Next activity date'), label(labels[1])],
    [label('Person created'), label(labels[2])],
    ['September 14, 2026', dates[0]],
    ['November 17, 2026</div>', `${dates[1]}</div>`],
    ['November 24, 2026</div>', `${dates[2]}</div>`],
  );

describe('translated sidebar labels', () => {
  it.each([
    [
      'es',
      translated(
        'es',
        ['Fecha de la última actividad', 'Fecha de la próxima actividad', 'Persona creada'],
        ['14 de septiembre de 2026', '17 de noviembre de 2026', '24 de noviembre de 2026'],
      ),
    ],
    [
      'pt-BR',
      translated(
        'pt-BR',
        ['Data da última atividade', 'Data da próxima atividade', 'Pessoa criada'],
        ['14 de setembro de 2026', '17 de novembro de 2026', '24 de novembro de 2026'],
      ),
    ],
    [
      'nl',
      translated(
        'nl',
        ['Datum laatste activiteit', 'Datum volgende activiteit', 'Persoon aangemaakt'],
        ['14 september 2026', '17 november 2026', '24 november 2026'],
      ),
    ],
  ])('%s: reads the CRM’s own last activity date', (_lang, html) => {
    const reading = readPage(html, person.url) as unknown as { crmFigures: { lastActivity?: string } };
    expect(reading.crmFigures.lastActivity).toBe('2026-11-17T00:00:00.000Z');
  });
});
