/**
 * Japanese and Chinese amounts counted in myriads (units of 10,000): "1億2000万円" is
 * 1 × 10⁸ + 2000 × 10⁴ yen, "12万5千円" 12 × 10⁴ + 5 × 10³, "2千万" (2 × 10³) × 10⁴, and a unit
 * scales digits grouped into thousands too ("1,250万円", "1,250千円" as accounts print thousands
 * of yen). Read digit group by digit group, "12万5千円" was 5 yen and "1億2000万円" 20 million.
 */

/** A number the page wrote, where it stands, and its value as its marks read (undefined when they do not). */
export interface Numeral {
  text: string;
  start: number;
  end: number;
  value: number | undefined;
}

/** Numerals that make one amount: each with the units written after it ("" for none). `end` follows the last units. */
export interface Run {
  start: number;
  end: number;
  numerals: Numeral[];
  units: string[];
}

/** 万 and 億 as Japanese and simplified Chinese write them, and the traditional 萬. */
const MYRIADS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };
const UNITS_AFTER = /^\s?([千万萬億亿兆]+)/u;
const UNIT_WORD = /^(千)?([万萬億亿兆])?$/u;
/** Numerals and units this reader does not read ("3百万", "二千万"): an amount beside one is not whole. */
const NUMERAL_CHARACTER = /[〇零一二三四五六七八九十百千万萬億亿兆两兩]/u;

/**
 * The numerals of a text joined into runs: a numeral with a unit after it runs on into the next
 * numeral written right after that unit, or after one space when that numeral has a unit too
 * ("1億 2000万円"); a bare number after a space is another ("￥120万 3件"). A numeral with no unit
 * ends its run, and a signed one starts a new run.
 */
export function runsOf(text: string, numerals: readonly Numeral[]): Run[] {
  const runs: Run[] = [];
  for (const numeral of numerals) {
    const written = text.slice(numeral.end).match(UNITS_AFTER);
    const units = written?.[1] ?? '';
    const end = numeral.end + (written?.[0].length ?? 0);
    const last = runs[runs.length - 1];
    if (last && runsOn(text, last, numeral, units)) {
      last.numerals.push(numeral);
      last.units.push(units);
      last.end = end;
    } else runs.push({ start: numeral.start, end, numerals: [numeral], units: [units] });
  }
  return runs;
}

function runsOn(text: string, run: Run, next: Numeral, units: string): boolean {
  if (run.units[run.units.length - 1] === '' || /^[-−]/.test(next.text)) return false;
  const gap = text.slice(run.end, next.start);
  return gap === '' || (units !== '' && /^\s$/.test(gap));
}

/**
 * Whether a run is the whole amount the text writes there: no numeral or unit this reader does
 * not read stands right after it, or before it (one space between allowed).
 */
export function standsWhole(text: string, run: Run): boolean {
  const before = text.slice(0, run.start).replace(/\s$/, '');
  return !NUMERAL_CHARACTER.test(text.charAt(run.end)) && !NUMERAL_CHARACTER.test(before.slice(-1));
}

/**
 * A run's amount, or undefined when it does not read whole. Units fall from 兆 to 億 to 万, each
 * once; within each myriad group a 千 piece (1 to 9 thousands) comes before the rest (below 1000).
 * A group after the first is below 10,000, and a lone number with one unit ("1.2万", "1,250千")
 * may be any amount; elsewhere every number is whole.
 */
export function myriadValue(run: Run): number | undefined {
  const lone = run.numerals.length === 1 && (run.units[0] ?? '').length === 1;
  const negative = (run.numerals[0]?.value ?? 0) < 0;
  let total = 0;
  let group = 0;
  let thousands = false;
  let above = Number.POSITIVE_INFINITY;
  for (const [index, numeral] of run.numerals.entries()) {
    const unit = (run.units[index] ?? '').match(UNIT_WORD);
    if (numeral.value === undefined || !unit) return undefined;
    const value = Math.abs(numeral.value);
    if (!lone && !Number.isInteger(value)) return undefined;
    const [, thousand, myriad] = unit;
    if (thousand) {
      if (thousands || (!lone && (value < 1 || value > 9))) return undefined;
      group += value * 1000;
      thousands = true;
      if (!myriad) continue;
    } else {
      const limit = thousands ? 1000 : index === 0 ? Number.POSITIVE_INFINITY : 10_000;
      if (value >= limit) return undefined;
      group += value;
    }
    const size = myriad ? (MYRIADS[myriad] ?? 1) : 1;
    if (size >= above) return undefined;
    total += group * size;
    group = 0;
    thousands = false;
    above = size;
  }
  total += group;
  // Whole amounts are exact as they are: scaled to cents, a trillion-yen amount would lose its units.
  const rounded = Number.isInteger(total) ? total : Math.round(total * 100) / 100;
  return negative ? -rounded : rounded;
}
