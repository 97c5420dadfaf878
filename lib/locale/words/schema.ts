// zod/mini: like every contract here; these tables ship only where a reader imports them.
import * as z from 'zod/mini';

const words = z.array(z.string());

/**
 * One language's activity wording as pages write it (accents and case are folded when the
 * tables are compiled, never by hand here).
 */
export const localeWordsSchema = z.object({
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
