// zod/mini: the locale tables ship in every CRM content script.
import * as z from 'zod/mini';

const words = z.array(z.string());
const phrases = z.object({ before: words, after: words });

/**
 * Everything a reader needs to understand one language's page wording, as the page writes it
 * (accents and case are folded when the tables are built, never by hand here).
 */
export const localeWordsSchema = z.object({
  /** "just now" and its kin: the page clock's minute. */
  now: words,
  /** Day words and their offset from today ("yesterday" → -1). */
  days: z.record(z.string(), z.number()),
  /** Words around a count that put it in the past ("vor 2 Tagen", "2 days ago") or the future ("in 2 days"). */
  ago: phrases,
  ahead: phrases,
  /** Words that stand for the count 1 ("a minute ago", "il y a une heure"). */
  one: words,
  units: z.object({
    second: words,
    minute: words,
    hour: words,
    day: words,
    week: words,
    month: words,
    year: words,
  }),
  /** "last" beside a weekday; the weekday alone already means the most recent one. */
  previous: words,
  /** Words joining a date and its time ("at", "um", "a las") or padding a date ("de", "le"). */
  connectors: words,
  /** Month abbreviations CRMs print that are neither Intl's nor a prefix of the full name. */
  months: z.record(z.string(), z.number()),
  types: z.object({ call: words, email: words, meeting: words, note: words, task: words, sms: words, social: words }),
  direction: z.object({ sent: words, received: words, from: words, to: words }),
  planned: words,
  done: words,
  outcomes: z.object({ connected: words, 'no-answer': words, voicemail: words, busy: words }),
  /** Automatic replies, whose "received" email is no reply from the person (decisions.md: locale data). */
  outOfOffice: words,
});
export type LocaleWords = z.infer<typeof localeWordsSchema>;
export type TypeWord = keyof LocaleWords['types'];
export type UnitWord = keyof LocaleWords['units'];
