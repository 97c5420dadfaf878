import { besideNumber } from './beside-number';
import { calendarWords } from './calendar-words';
import { NAME_PARTICLES, NOT_NAME_WORDS } from './crm-parts';
import { initialsOf } from './initials';
import { maskUrl } from './mask-url';
import { PHONE } from './phone-shapes';
import { freeTextPlaceholder, PlaceholderBook } from './placeholders';
import type { MaskCounts } from './test-page';

/** People and values known to be personal before the page is walked. */
export interface KnownPersonalData {
  /**
   * Person names: each whole name is masked wherever it appears, each of its words on its own
   * ("Hi Jordan", "Lee, Jordan", one placeholder per word) but its particles ("de", "van"), a word
   * that is also a month or weekday only away from a number ("Hi April", not "April 3"), and its
   * initials ("JL") as a whole word.
   */
  names: readonly string[];
  /** Whole phrases masked as one value (a deal's name): their words alone are left alone. */
  phrases: readonly string[];
  phones: readonly string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
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
  private readonly calendar: ReadonlySet<string>;
  private nameWords = new Set<string>();
  private nameRegex: RegExp | null = null;
  private fullNames = new Set<string>();
  private fullNameRegex: RegExp | null = null;
  /** Initials of the whole names ("JL"), as an avatar shows them. */
  private initials = new Set<string>();
  private initialsRegex: RegExp | null = null;
  private phraseRegex: RegExp | null = null;
  private knownPhones = new Set<string>();
  private phoneRegex = PHONE;
  private freeTextPhoneRegex = new RegExp([PHONE.source, DIGIT_RUN.source].join('|'), 'g');
  freeTextBlocks = 0;

  constructor(known: KnownPersonalData, pageLang = 'en') {
    this.calendar = calendarWords(pageLang);
    this.addNames(known.names);
    const phrases = known.phrases.filter((p) => p.trim().length > 1);
    if (phrases.length > 0) this.phraseRegex = wordRegex(longestFirst(phrases));
    this.addPhones(known.phones);
  }

  /** Adds phone numbers (the reading's, then those the page shows in `tel:` links and phone fields). */
  addPhones(phones: readonly string[]): void {
    const before = this.knownPhones.size;
    for (const phone of phones) if (digitsOf(phone).length >= 5) this.knownPhones.add(digitsOf(phone));
    if (this.knownPhones.size === before) return;
    // Known numbers in any formatting of their digits ("+1 415 555 1037", "(415) 555-1037"),
    // never inside a longer run of digits (an id), in the same pass as the shapes, so no
    // placeholder is masked a second time.
    const patterns = [...this.knownPhones]
      .sort((a, b) => b.length - a.length)
      .map((d) => `(?<!\\d)\\+?${d.split('').join('[\\s()./\\-]*')}(?!\\d)`);
    this.phoneRegex = new RegExp([...patterns, PHONE.source].join('|'), 'g');
    this.freeTextPhoneRegex = new RegExp([...patterns, PHONE.source, DIGIT_RUN.source].join('|'), 'g');
  }

  /** Adds names (the reading's, then the person links' texts) to mask from then on. */
  addNames(names: readonly string[]): void {
    const before = this.nameWords.size + this.fullNames.size;
    for (const name of names) {
      if (/\p{L}\s+\p{L}/u.test(name)) {
        this.fullNames.add(name.trim());
        // A time's "AM" or "PM" is never taken for someone's initials.
        for (const initials of initialsOf(name)) {
          if (!this.calendar.has(initials.toLowerCase())) this.initials.add(initials);
        }
      }
      for (const word of name.match(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu) ?? []) {
        // Short all-capital words are abbreviations (PM, GMT, VP), never a name on their own.
        const abbreviation = word.length <= 3 && word === word.toUpperCase();
        const lower = word.toLowerCase();
        if (word.length >= 2 && !abbreviation && !NOT_NAME_WORDS.has(lower) && !NAME_PARTICLES.has(lower)) {
          this.nameWords.add(word);
        }
      }
    }
    if (this.nameWords.size + this.fullNames.size === before) return;
    this.nameRegex = this.nameWords.size > 0 ? wordRegex(longestFirst(this.nameWords)) : null;
    const fullNames = longestFirst(this.fullNames).map((name) => name.replace(/\s+/g, '\\s+'));
    this.fullNameRegex = fullNames.length > 0 ? wordRegex(fullNames) : null;
    // Case kept: "JL" on an avatar is Jordan Lee, "jl" is not.
    const initials = longestFirst(this.initials);
    this.initialsRegex = initials.length > 0 ? wordRegex(initials, 'gu') : null;
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
    return this.maskNames(out);
  }

  /** Known phrases, whole names, their words and their initials. */
  private maskNames(text: string): string {
    let out = text;
    if (this.phraseRegex) out = out.replace(this.phraseRegex, (phrase) => this.phrases.placeholder(phrase));
    // A whole name masks every word in it, even a month ("May Lee") or a particle ("de la"); a
    // link's "Person" prefix stays.
    if (this.fullNameRegex) out = out.replace(this.fullNameRegex, (name) => name.replace(/\p{L}+/gu, this.nameWord));
    // A name word that is also a month or weekday ("April", Dutch "Jan") stays only in a date.
    if (this.nameRegex) {
      out = out.replace(this.nameRegex, (word: string, at: number, whole: string) =>
        this.calendar.has(word.toLowerCase()) && besideNumber(whole, at, word.length)
          ? word
          : this.names.placeholder(word),
      );
    }
    // Initials beside a number are a time's "PM" or a zone's "CET", not an avatar's.
    if (this.initialsRegex) {
      out = out.replace(this.initialsRegex, (initials: string, at: number, whole: string) =>
        besideNumber(whole, at, initials.length) ? initials : this.names.placeholder(initials),
      );
    }
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

  /**
   * A `tel:` link's number; in any other URL emails, and names in its path, query and fragment
   * ("/in/jordan-lee-4a1b2c", "mailto:…?subject=Hi%20Jordan").
   */
  maskHref(href: string): string {
    if (/^tel:/i.test(href)) return `tel:${this.phone(href.slice(4))}`;
    return maskUrl(
      href.replace(EMAIL, (email) => this.email(email)),
      (text) => this.maskNames(text),
    );
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

function wordRegex(alternatives: string[], flags = 'giu'): RegExp {
  return new RegExp(`${NOT_LETTER_BEFORE}(?:${alternatives.join('|')})${NOT_LETTER_AFTER}`, flags);
}
