import { calendarWords } from './calendar-words';
import { NOT_NAME_WORDS } from './crm-parts';
import { freeTextPlaceholder, PlaceholderBook } from './placeholders';
import type { MaskCounts } from './test-page';

/** People and values known to be personal before the page is walked. */
export interface KnownPersonalData {
  /**
   * Person names: each whole name is masked wherever it appears, and each of its words on its
   * own ("Hi Jordan", "Lee, Jordan"), one placeholder per word.
   */
  names: readonly string[];
  /** Whole phrases masked as one value (a deal's name): their words alone are left alone. */
  phrases: readonly string[];
  phones: readonly string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * Phone shapes that cannot be a date: an international "+" number, a "(415)" area code, or
 * the North American 3-3-4 grouping. Other formats are masked when the page shows them in a
 * `tel:` link or the record's phone field (see `KnownPersonalData.phones`).
 */
const PHONE =
  /(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,4}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b)/g;
/** Digits with the separators phone numbers use, in free text only (where a date may go too). */
const DIGIT_RUN = /\d[\d\s()./-]{5,}\d/g;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * Replaces personal data in text with same-shaped placeholders, the same placeholder for the
 * same value everywhere on the page (so "From" lines still match the record's email, and a
 * contact's name in a sentence still matches the contact link).
 */
export class TextMasker {
  private readonly names = new PlaceholderBook();
  private readonly emails = new PlaceholderBook();
  private readonly phones = new PlaceholderBook();
  private readonly phrases = new PlaceholderBook();
  private readonly keepWords: ReadonlySet<string>;
  private readonly calendar: ReadonlySet<string>;
  private nameWords = new Set<string>();
  private nameRegex: RegExp | null = null;
  private fullNames = new Set<string>();
  private fullNameRegex: RegExp | null = null;
  private phraseRegex: RegExp | null = null;
  private readonly phoneRegex: RegExp;
  private readonly freeTextPhoneRegex: RegExp;
  freeTextBlocks = 0;

  constructor(known: KnownPersonalData, pageLang = 'en') {
    this.calendar = calendarWords(pageLang);
    this.keepWords = new Set([...this.calendar, ...NOT_NAME_WORDS]);
    this.addNames(known.names);
    const phrases = known.phrases.filter((p) => p.trim().length > 1);
    if (phrases.length > 0) this.phraseRegex = wordRegex(longestFirst(phrases));
    // Known numbers in any formatting of their digits ("+1 415 555 1037", "(415) 555-1037"),
    // in the same pass as the shapes, so no placeholder is masked a second time.
    const knownDigits = known.phones.map(digitsOf).filter((d) => d.length >= 5);
    const patterns = knownDigits.map((d) => `\\+?${d.split('').join('[\\s().\\-]*')}`);
    this.phoneRegex = new RegExp([...patterns, PHONE.source].join('|'), 'g');
    this.freeTextPhoneRegex = new RegExp([...patterns, PHONE.source, DIGIT_RUN.source].join('|'), 'g');
  }

  /** Adds names (the reading's, then the person links' texts) to mask from then on. */
  addNames(names: readonly string[]): void {
    const before = this.nameWords.size + this.fullNames.size;
    for (const name of names) {
      if (/\p{L}\s+\p{L}/u.test(name)) this.fullNames.add(name.trim());
      for (const word of name.match(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu) ?? []) {
        // Short all-capital words are abbreviations (PM, GMT, VP), never a name on their own.
        const abbreviation = word.length <= 3 && word === word.toUpperCase();
        if (word.length >= 2 && !abbreviation && !this.keepWords.has(word.toLowerCase())) this.nameWords.add(word);
      }
    }
    if (this.nameWords.size + this.fullNames.size === before) return;
    this.nameRegex = this.nameWords.size > 0 ? wordRegex(longestFirst(this.nameWords)) : null;
    const fullNames = longestFirst(this.fullNames).map((name) => name.replace(/\s+/g, '\\s+'));
    this.fullNameRegex = fullNames.length > 0 ? wordRegex(fullNames) : null;
  }

  counts(): MaskCounts {
    return {
      names: this.names.size + this.phrases.size,
      emails: this.emails.size,
      phones: this.phones.size,
      freeText: this.freeTextBlocks,
    };
  }

  /** Text or an attribute value with emails, phones, known phrases and name words replaced. */
  mask(text: string): string {
    return this.maskPersonal(text, this.phoneRegex);
  }

  private maskPersonal(text: string, phones: RegExp): string {
    let out = text.replace(EMAIL, (email) => this.email(email));
    // One pass for every phone shape, so no placeholder is taken for a number and masked again.
    out = out.replace(phones, (phone) => (digitsOf(phone).length >= 7 ? this.phone(phone) : phone));
    if (this.phraseRegex) out = out.replace(this.phraseRegex, (phrase) => this.phrases.placeholder(phrase));
    // A whole name masks every word in it, even one that is also a month ("May Lee"); a link's
    // "Person" prefix stays.
    if (this.fullNameRegex) out = out.replace(this.fullNameRegex, (name) => name.replace(/\p{L}+/gu, this.nameWord));
    if (this.nameRegex) out = out.replace(this.nameRegex, (word) => this.names.placeholder(word));
    return out;
  }

  /**
   * A note or email body: emails and phones as everywhere, and any run of seven digits or more
   * (a local phone number); then every letter but those of month and weekday names.
   */
  maskFreeText(text: string): string {
    const masked = this.maskPersonal(text, this.freeTextPhoneRegex);
    return freeTextPlaceholder(masked, (word) => this.calendar.has(word.toLowerCase()));
  }

  /** A `mailto:` or `tel:` link, or any other URL that carries an email. */
  maskHref(href: string): string {
    if (/^tel:/i.test(href)) return `tel:${this.phone(href.slice(4))}`;
    return href.replace(EMAIL, (email) => this.email(email));
  }

  private readonly nameWord = (word: string): string =>
    NOT_NAME_WORDS.has(word.toLowerCase()) ? word : this.names.placeholder(word);

  private email(email: string): string {
    // The top-level domain stays: it says nothing about the person and keeps the address valid.
    const dot = email.lastIndexOf('.');
    return this.emails.placeholder(email.slice(0, dot), email) + email.slice(dot);
  }

  private phone(phone: string): string {
    return this.phones.placeholder(phone, digitsOf(phone).replace(/^1(?=\d{10}$)/, ''));
  }
}

function longestFirst(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => b.length - a.length).map(escapeRegex);
}

function wordRegex(alternatives: string[]): RegExp {
  return new RegExp(`${NOT_LETTER_BEFORE}(?:${alternatives.join('|')})${NOT_LETTER_AFTER}`, 'giu');
}
