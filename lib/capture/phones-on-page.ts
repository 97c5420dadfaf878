import { PHONE_LABEL_WORDS } from './crm-parts';
import { deepQueryAll } from './deep-query';
import { cleanText, labelledValues } from './labelled-values';

/** A run of digits with the separators phone numbers use. */
const NUMBER_RUN = /\+?\(?\d[\d\s()./-]{5,}\d/g;
/** A run that opens with a numeric date, maybe followed by its time: "20.11.2026", "11/20/2026 3". */
const DATE = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}(?!\d)/;
/** A currency sign or code beside a run: an amount ("1 250 000 €", "$ 2.400.000"), never a phone. */
const CURRENCY_AFTER = /^\s*(?:[€$£¥₹]|(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|BRL|CAD|AUD)\b|,\d{2}\b)/;
const CURRENCY_BEFORE = /(?:[€$£¥₹]|\b(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|BRL|CAD|AUD))\s*$/;

/**
 * Phone numbers the page shows in shapes no pattern can tell from other numbers ("030 12345678"):
 * the number and the text of every `tel:` link, and the values beside phone labels ("Mobile phone
 * number"). Found before the page is walked, so the same number is masked wherever it appears.
 */
export function phonesOnPage(doc: Document, leftOut: ReadonlySet<Element>): string[] {
  const outside = [...leftOut];
  const keep = (node: Node) => !outside.some((el) => el.contains(node));
  const phones: string[] = [];
  for (const link of deepQueryAll(doc, 'a[href^="tel:" i]')) {
    if (!keep(link)) continue;
    phones.push(...numbersIn(decodeTel(link.getAttribute('href') ?? '')), ...numbersIn(link.textContent));
  }
  for (const label of deepQueryAll(doc, 'th, dt, label, span, div, p, td')) {
    if (label.childElementCount > 0 || !keep(label) || !isPhoneLabel(cleanText(label.textContent))) continue;
    phones.push(...labelledValues(label).flatMap(numbersIn));
  }
  return [...new Set(phones)];
}

function isPhoneLabel(text: string): boolean {
  if (text.length > 40) return false;
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => PHONE_LABEL_WORDS.has(word));
}

/** Runs of seven to fifteen digits (the longest a phone number has), dates and amounts left out. */
function numbersIn(text: string | null | undefined): string[] {
  const clean = cleanText(text);
  return Array.from(clean.matchAll(NUMBER_RUN), (match) => {
    const run = match[0];
    const digits = run.replace(/\D/g, '').length;
    const before = clean.slice(0, match.index);
    const after = clean.slice(match.index + run.length);
    const amount = CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after);
    return digits >= 7 && digits <= 15 && !amount && !DATE.test(run.trim()) ? run : undefined;
  }).filter((run) => run !== undefined);
}

function decodeTel(href: string): string {
  const number = href.replace(/^\s*tel:/i, '');
  try {
    return decodeURIComponent(number);
  } catch {
    return number;
  }
}
