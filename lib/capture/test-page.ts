// zod/mini: the background checks a test page on arrival; the page capture imports only its types.
import * as z from 'zod/mini';

export const maskCountsSchema = z.object({
  /** Distinct names and record names replaced. */
  names: z.number(),
  emails: z.number(),
  phones: z.number(),
  /** Note and email bodies whose words were replaced. */
  freeText: z.number(),
});
export type MaskCounts = z.infer<typeof maskCountsSchema>;

/** A masked capture on its way from the page to the extension page that saves it. */
export const testPageSchema = z.object({
  html: z.string(),
  fileName: z.string().check(z.regex(/^touchline-test-page-[\w-]+\.html$/)),
  pageUrl: z.string(),
  counts: maskCountsSchema,
  /** Time the capture kept the page busy, pauses between slices excluded. */
  busyMs: z.number(),
  /** The longest single stretch of that work. */
  longestSliceMs: z.number(),
});
export type TestPage = z.infer<typeof testPageSchema>;
