// zod/mini: the date tables ship in every CRM content script.
import * as z from 'zod/mini';

const words = z.array(z.string());
const phrases = z.object({ before: words, after: words });

/**
 * One language's date wording as pages write it (accents and case are folded when the tables
 * are compiled, never by hand here). Month and weekday names come from Intl, not from here.
 */
export const dateWordsSchema = z.object({
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
});
export type DateWords = z.infer<typeof dateWordsSchema>;
export type UnitWord = keyof DateWords['units'];
