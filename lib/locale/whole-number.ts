import { escapeRegExp } from './escape-regexp';

const patterns = new Map<string, RegExp>();

/**
 * The whole part of a number as the page's language prints it, thousands grouped by its own mark
 * ("1,066" in English, "1.066" in German, "1 066" in French) and any fraction after its decimal mark
 * dropped ("12.347" is 12 in English, 12,347 in German). Undefined where the text opens with no number.
 */
export function wholeNumber(text: string, lang: string): number | undefined {
  const digits = text.trim().match(patternFor(lang))?.[1];
  return digits === undefined ? undefined : Number(digits.replace(/\D/g, ''));
}

function patternFor(lang: string): RegExp {
  let pattern = patterns.get(lang);
  if (!pattern) {
    // Eight digits: Spanish, Italian and European Portuguese group only from five.
    const parts = new Intl.NumberFormat(lang || 'en').formatToParts(12345678.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    const group = parts.find((p) => p.type === 'group')?.value ?? '';
    // The point or comma that is not the decimal mark groups too (European Portuguese prints a space
    // where CRMs often print "1.066"); a space-like mark is written with any space.
    const marks = [
      decimal === ',' ? '.' : ',',
      ...(/\s/u.test(group) ? [' ', '\u00a0', '\u202f'] : group ? [group] : []),
    ];
    const grouping = `[${marks.map(escapeRegExp).join('')}]`;
    pattern = new RegExp(`^(\\d{1,3}(?:${grouping}\\d{3})+|\\d+)(?:${escapeRegExp(decimal)}\\d+)?(?!\\d)`, 'u');
    patterns.set(lang, pattern);
  }
  return pattern;
}
