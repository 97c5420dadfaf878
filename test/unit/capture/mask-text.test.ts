import { describe, expect, it } from 'vitest';
import { TextMasker } from '../../../lib/capture/mask-text';

const masker = () =>
  new TextMasker({ names: ['Jordan Lee', 'May Chen'], phrases: ['Contoso — Fleet pilot'], phones: [] });

/** Letters to "a", digits to "0": two strings with the same shape look the same. */
const shape = (text: string) =>
  text
    .replace(/\p{Lu}/gu, 'A')
    .replace(/\p{Ll}/gu, 'a')
    .replace(/\d/g, '0');

describe('masking text', () => {
  it.each([
    '2026-11-20',
    '11/20/2026',
    '20.11.2026 15:00',
    'Nov 20, 2026 at 3:00 PM',
    '3:00 PM | Oct 6',
    '2026-11-20T15:00:00.000Z',
    'vor 2 Tagen',
    'May 3',
    '€22.500,00',
    'Deal 0065g00000001IfAAI',
  ])('leaves %s as it is', (text) => {
    expect(masker().mask(text)).toBe(text);
  });

  it.each([
    ['+1 415 555 1037'],
    ['(415) 555-1037'],
    ['415-555-1037'],
    ['+49 30 1234567'],
    ['jordan.lee@contoso.example'],
    ['Jordan Lee'],
    ['JORDAN LEE'],
    ['Lee, Jordan'],
  ])('replaces %s with a value of the same shape', (text) => {
    const masked = masker().mask(text);
    expect(masked).not.toBe(text);
    expect(shape(masked)).toBe(shape(text));
  });

  it('masks a whole name even when one word is also a month, but not the month alone', () => {
    const m = masker();
    expect(m.mask('May Chen called on May 3')).toMatch(/^\S+ \S+ called on May 3$/);
    expect(m.mask('May Chen')).not.toContain('May');
  });

  it('gives one number, written any way, one placeholder', () => {
    const m = new TextMasker({ names: [], phrases: [], phones: ['+1 415 555 1037'] });
    const a = m.mask('+1 415 555 1037');
    const b = m.maskHref('tel:+14155551037');
    expect(b).toBe(`tel:${a.replace(/\s/g, '')}`);
    expect(m.counts().phones).toBe(1);
  });

  it('gives different people different placeholders and the same person the same one', () => {
    const m = masker();
    expect(m.mask('Jordan Lee')).toBe(m.mask('Jordan Lee'));
    expect(m.mask('Jordan Lee')).not.toBe(m.mask('May Chen'));
    expect(m.mask('jordan@contoso.example')).not.toBe(m.mask('may@contoso.example'));
  });

  it('masks a deal name only as a whole, so its words stay usable as labels', () => {
    const m = masker();
    expect(m.mask('Contoso — Fleet pilot')).not.toContain('Fleet');
    expect(m.mask('Fleet Manager')).toBe('Fleet Manager');
  });

  it('never writes a placeholder that spells a word (no vowels)', () => {
    const m = new TextMasker({ names: ['Jordan Lee', 'Anna Oates'], phrases: [], phones: [] });
    expect(m.mask('Jordan Lee, Anna Oates').replace(/[,\s]/g, '')).not.toMatch(/[aeiouy]/i);
  });
});
