/**
 * Text as the readers compare it: lower case, accents and dots-as-spelling kept apart from
 * meaning. Accents are dropped because CRMs and Intl disagree on them ("Mär" vs "Mrz", "août"),
 * and the no-break spaces of French and German number and date formats become plain spaces.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
