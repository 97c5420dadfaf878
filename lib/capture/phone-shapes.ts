/**
 * Phone number shapes masked wherever they appear, each one a date, a time, an amount, a
 * percentage or a record id cannot take: dates group their digits in twos and fours with one
 * separator ("10.12.2026", "2026-11-20", "01/02/2026"), amounts use commas or no leading zero,
 * ids have no separators. A national number in another shape is masked where the page shows it in
 * a `tel:` link or beside a phone label (phones-on-page.ts). Matches of fewer than seven digits stay.
 */
const SHAPES = [
  // International with "+": "+1 415 555 1037", "+44 (0)20 7946 0018", "+33 6 12 34 56 78".
  String.raw`\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,5}`,
  // International with "00", separated: "0044 20 7946 0018".
  String.raw`\b00[1-9]\d{0,2}[\s.-]\d{1,4}(?:[\s.-]\d{2,4}){1,4}\b`,
  // An area code in brackets: "(415) 555-1037", Brazil's "(11) 91234-5678".
  String.raw`\(\d{2,3}\)\s?\d{3,5}[\s.-]\d{4}`,
  // North America's 3-3-4: "415-555-1037", "415.555.1037".
  String.raw`\b\d{3}[.-]\d{3}[.-]\d{4}\b`,
  // France's five pairs, one separator throughout: "06 12 34 56 78", "06.12.34.56.78".
  String.raw`\b0[1-9](?<pair>[\s.-])\d{2}(?:\k<pair>\d{2}){3}\b`,
  // A trunk "0" and an area code of three digits or more: "030 1234567", "030/1234567", "020 7946 0018".
  String.raw`\b0[1-9]\d{1,4}(?:[\s/-]\d{2,8}){1,3}\b`,
  // A two-digit area code before five digits or more: "06-12345678".
  String.raw`\b0[1-9][\s/-]\d{5,8}\b`,
];

export const PHONE = new RegExp(SHAPES.join('|'), 'g');
