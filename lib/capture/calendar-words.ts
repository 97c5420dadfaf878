/** The page locales Touchline reads (issue 9, Italian since): their calendar words are never masked. */
const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'nl-NL', 'it-IT'];

/**
 * Month and weekday names, long and short, and a 12-hour clock's "AM" and "PM", in English and
 * the page's language (from Intl, lower case, without dots). A date inside a note, or beside a
 * person called "May", must still read as a date after masking. Only the page's own language:
 * French "sam." must not spare every "Sam".
 */
export function calendarWords(pageLang: string): Set<string> {
  const lang = pageLang.toLowerCase().split('-')[0] ?? '';
  const locales = LOCALES.filter((l) => l.startsWith('en-') || l.startsWith(`${lang}-`));
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  };
  for (const locale of locales) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) add(format.format(Date.UTC(2026, m, 15)));
    }
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      for (let d = 0; d < 7; d++) add(format.format(Date.UTC(2026, 10, 16 + d)));
    }
    // Spanish "a. m." and Dutch "a.m." are single letters, which no name or note word is spared for.
    const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' });
    for (const hour of [3, 15]) {
      const period = clock.formatToParts(Date.UTC(2026, 10, 16, hour)).find((part) => part.type === 'dayPeriod');
      if (period && /^\p{L}{2,}$/u.test(period.value)) add(period.value);
    }
  }
  return words;
}
