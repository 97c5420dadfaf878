// zod/mini: like every contract here; these tables ship only where a reader imports them.
import * as z from 'zod/mini';

/**
 * One language's wording that no single CRM owns (accents and case are folded when the tables
 * are compiled, never by hand here). Type, direction and outcome words are each CRM's own
 * (lib/adapters/<crm>/), since every CRM words them differently.
 */
export const localeWordsSchema = z.object({
  /** Automatic replies, whose "received" email is no reply from the person (decisions.md: locale data). */
  outOfOffice: z.array(z.string()),
  /**
   * Words that say an automatic reply only where they open the subject ("OOO until Mon 23 Nov:
   * Pallet pricing", "Abwesend: …"): inside a person's own answer ("Re: pricing, OOO until Monday
   * after") they say nothing of the email.
   */
  outOfOfficeOpening: z.array(z.string()),
  /**
   * How a read receipt's subject opens, Outlook's wording ("Read: Pallet pricing", "Gelesen: …"):
   * a receipt only where the rest is the subject of a mail the rep sent (auto-replies.ts), since a
   * person may open her own subject so ("Read: your proposal, three questions").
   */
  readReceipt: z.array(z.string()),
});
export type LocaleWords = z.infer<typeof localeWordsSchema>;
