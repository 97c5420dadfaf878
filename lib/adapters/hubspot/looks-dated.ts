/** A number written with a CJK date or time unit: "2日前", "3時間前", "11月16日", "2026年", "2天前", "3일 전". */
const CJK_DATE = /\d\s*(?:[年月日時分週天]|小时|시간|[년월일분주])/u;

/** A year as dates print it ("3 lis 2026", "2026-11-03"). */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** Words a date line holds at most: "för 2 dagar sedan", "il y a 2 jours". */
const DATE_LINE_WORDS = 4;

/**
 * A short text shaped like a date or a relative time in any language: a number with a CJK date
 * unit, a year, or a small number among a few words ("för 2 dagar sedan", "2 dni temu"). On a page
 * whose language has no word table the locale readers cannot read it, yet a line shaped so in each
 * of several blocks alike is a timeline's items' dates (unfound-items.ts), not an empty timeline's
 * headings ("Kommande", "Alla användare"), which hold no number.
 */
export function looksDated(text: string): boolean {
  const t = text.normalize('NFC').trim();
  if (CJK_DATE.test(t) || YEAR.test(t)) return true;
  const words = t.split(/\s+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= DATE_LINE_WORDS &&
    words.some((word) => /^\d{1,2}$/.test(word)) &&
    words.some((word) => /^\p{L}+$/u.test(word))
  );
}
