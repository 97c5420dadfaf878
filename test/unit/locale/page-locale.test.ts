// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageLocaleFor, pageLocaleOf } from '../../../lib/locale/page-locale';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('pageLocaleOf', () => {
  it('reads <html lang>, normalised', () => {
    expect(pageLocaleOf(page('<html lang="de-de"><body></body></html>'))).toEqual({ lang: 'de-DE', dayFirst: true });
    expect(pageLocaleOf(page('<html lang="pt_BR"><body></body></html>'))).toEqual({ lang: 'pt-BR', dayFirst: true });
  });

  it('falls back to xml:lang, then to a lang on body', () => {
    expect(pageLocaleOf(page('<html xml:lang="fr-FR"><body></body></html>'))).toEqual({
      lang: 'fr-FR',
      dayFirst: true,
    });
    expect(pageLocaleOf(page('<html><body lang="en-US"></body></html>'))).toEqual({ lang: 'en-US', dayFirst: false });
  });

  it('settles nothing for a page without a language', () => {
    expect(pageLocaleOf(page('<html><body></body></html>'))).toEqual({ lang: 'en' });
  });
});

describe('pageLocaleFor', () => {
  it.each([
    ['en-US', false],
    ['en-GB', true],
    ['de-DE', true],
    ['de-AT', true],
    ['fr-FR', true],
    ['es-ES', true],
    ['pt-BR', true],
    ['nl-NL', true],
    ['nl', true],
  ])('%s prints numeric dates day first: %s', (tag, dayFirst) => {
    expect(pageLocaleFor(tag).dayFirst).toBe(dayFirst);
  });

  it.each([['en'], ['ja-JP'], [''], ['not a tag']])('"%s" does not settle the order of a numeric date', (tag) => {
    expect(pageLocaleFor(tag).dayFirst).toBeUndefined();
  });
});
