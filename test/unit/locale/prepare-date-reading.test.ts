import { describe, expect, it } from 'vitest';
import { compileNow } from '../../../lib/locale/compile-now';
import { dateLanguages } from '../../../lib/locale/date-words';
import { readPageDate } from '../../../lib/locale/page-date';
import { prepareDateReading } from '../../../lib/locale/prepare-date-reading';
import { clockIn } from './clocks';

function stepsOf(steps: Generator<void, void, void>): number {
  let count = 0;
  while (!steps.next().done) count++;
  return count;
}

describe('preparing a page for reading dates, a piece per step', () => {
  it('builds what a zone and a language need once: a later reading of the page has only the language steps', () => {
    const clock = clockIn('Asia/Kolkata');
    const en = { lang: 'en-US', dayFirst: false };
    const first = stepsOf(prepareDateReading(clock, en));
    const second = stepsOf(prepareDateReading(clock, en));
    expect(second).toBe(dateLanguages.length);
    expect(first).toBeGreaterThan(second);
    // Another zone: its today and time-of-day formats and its sample dates, each a step (2 + 4).
    expect(stepsOf(prepareDateReading(clockIn('Australia/Perth'), en))).toBe(dateLanguages.length + 6);
  });

  it('changes no date read afterwards', () => {
    const clock = clockIn('Europe/Berlin');
    const de = { lang: 'de-DE', dayFirst: true };
    const texts = ['Gestern um 14:05', 'vor 3 Tagen', '18.11.2026 15:15', '3. Nov. 2026'];
    const before = texts.map((t) => readPageDate(t, clock, de));
    stepsOf(prepareDateReading(clock, de));
    expect(texts.map((t) => readPageDate(t, clock, de))).toEqual(before);
    expect(before.every((d) => d !== undefined)).toBe(true);
  });
});

describe('compiling an expression ahead of its first use', () => {
  it('leaves where a global expression stopped as it was', () => {
    const words = /\b\w+/g;
    words.exec('one two three');
    expect(words.lastIndex).toBe(3);
    compileNow(words);
    expect(words.lastIndex).toBe(3);
    expect(words.exec('one two three')?.[0]).toBe('two');
  });
});
