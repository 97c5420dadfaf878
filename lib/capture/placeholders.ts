/**
 * Same-shaped stand-ins for personal data. Letters become consonants only (no vowels), so a
 * placeholder never spells a word an adapter looks for ("Note", "Call", a month); digits
 * become other digits; everything else (spaces, dots, dashes, "@") stays, so length, case
 * pattern and word count survive. Each distinct value gets its own number, written into its
 * first letters, so two people never share a placeholder.
 */
const LETTERS = 'bdfgjklnqrstvxz';
const FILL = 'xzvkqt';

/** The value's number in two letters (225 values), then a fixed filler. */
function letterStream(n: number): string {
  const code = `${LETTERS[Math.floor(n / LETTERS.length) % LETTERS.length]}${LETTERS[n % LETTERS.length]}`;
  return code + FILL.repeat(20);
}

/** Digits derived from the value's number, never the original ones. */
function digitStream(n: number): string {
  return String(5_550_000 + n * 7919).repeat(4);
}

/** Rewrites each letter and digit of `value` from value number `n`'s streams, keeping case and the rest. */
export function shapedPlaceholder(value: string, n: number): string {
  const letters = letterStream(n);
  const digits = digitStream(n);
  let li = 0;
  let di = 0;
  let out = '';
  for (const char of value) {
    if (/\p{L}/u.test(char)) {
      const stand = letters[li++ % letters.length] as string;
      out += char === char.toLowerCase() ? stand : stand.toUpperCase();
    } else if (/\p{N}/u.test(char)) {
      out += digits[di++ % digits.length];
    } else out += char;
  }
  return out;
}

/** Free text (a note, an email body): every letter an `x`, case kept; words, digits and punctuation stay. */
export function freeTextPlaceholder(text: string, keep: (word: string) => boolean): string {
  return text.replace(/\p{L}+/gu, (word) =>
    keep(word) ? word : word.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x'),
  );
}

/** One placeholder per distinct value (case-insensitive), numbered in order of first sight. */
export class PlaceholderBook {
  private readonly byKey = new Map<string, number>();

  /** How many distinct values got a placeholder. */
  get size(): number {
    return this.byKey.size;
  }

  numberOf(key: string): number {
    const folded = key.toLowerCase();
    let n = this.byKey.get(folded);
    if (n === undefined) {
      n = this.byKey.size + 1;
      this.byKey.set(folded, n);
    }
    return n;
  }

  /** `value` reshaped; `key` decides which occurrences are the same value (default: the value itself). */
  placeholder(value: string, key = value): string {
    return shapedPlaceholder(value, this.numberOf(key));
  }
}
