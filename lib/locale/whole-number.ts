const patterns = new Map<string, RegExp>();

const escaped = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    const parts = new Intl.NumberFormat(lang || 'en').formatToParts(1234.5);
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    // A space-like group mark is written with any space: pages print a plain, no-break or narrow one.
    const grouping = /\s/u.test(group) ? '[\\s\\u00a0\\u202f]' : escaped(group);
    pattern = new RegExp(`^(\\d{1,3}(?:${grouping}\\d{3})+|\\d+)(?:${escaped(decimal)}\\d+)?(?!\\d)`, 'u');
    patterns.set(lang, pattern);
  }
  return pattern;
}
