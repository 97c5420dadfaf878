import { describe, expect, it } from 'vitest';
import { entry, page, readDirect, strip } from './hand-written-feed-page';

/**
 * Review s60 (pdlang). A new lead's History holds one entry under its month's group header. With
 * classes stripped, the entry was found together with the header, an h3, which the title took:
 * Recent showed "☎ November 2026", and what the subject says was lost (an auto-reply stayed a reply).
 * Spanish and Portuguese headers write the year after "de" ("noviembre de 2025"), which also gives
 * a yearless day under it that year.
 */
const grouped = (header: string, item: string) => `<div><h3>${header}</h3><div>${item}</div></div>`;
const call = (subject: string, when: string) =>
  entry({ icon: 'Call', done: true, subject, meta: `<span>${when}</span> · <span>Jonas Keller</span>` });

function read(lang: string, header: string, item: string) {
  const r = readDirect(strip(page({ lang, history: [grouped(header, item)] })));
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.map((a) => [a.title, a.timestamp]);
}

describe('a lone History entry under its month header, classes stripped', () => {
  it.each([
    ['en', 'November 2026', 'Questions about the offer', 'Nov 18, 2026 2:10 PM', '2026-11-18T14:10:00.000Z'],
    ['de', 'November 2026', 'Fragen zum Angebot', '18. Nov. 2026 14:10', '2026-11-18T14:10:00.000Z'],
    ['es', 'noviembre de 2026', 'Dudas sobre la oferta', '18 nov 2026 14:10', '2026-11-18T14:10:00.000Z'],
  ])('%s: titled by its subject, not "%s"', (lang, header, subject, when, at) => {
    expect(read(lang, header, call(subject, when))).toEqual([[subject, at]]);
  });

  it('a yearless day under "noviembre de 2025" is of 2025', () => {
    const html = page({
      lang: 'es',
      history: [grouped('noviembre de 2025', call('Dudas sobre la oferta', '18 nov 14:10'))],
    });
    const r = readDirect(html);
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.map((a) => a.timestamp)).toEqual(['2025-11-18T14:10:00.000Z']);
  });
});
