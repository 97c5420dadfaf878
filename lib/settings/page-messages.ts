import * as z from 'zod/mini';
import { periodChoiceSchema } from './period-choice';

/** Extension pages a content script asks the background to open (content scripts cannot). */
export const openPageRequestSchema = z.object({ page: z.enum(['options', 'team']) });
export type OpenPageRequest = z.infer<typeof openPageRequestSchema>;

/** The panel's period switch: saved as a setting, so every tab's panel follows. */
export const choosePeriodRequestSchema = z.object({ period: periodChoiceSchema });

const failure = z.object({
  ok: z.literal(false),
  error: z.object({ kind: z.enum(['invalid', 'storage', 'not-found']), message: z.string() }),
});
export const doneResponseSchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure]);
export type DoneResponse = z.infer<typeof doneResponseSchema>;

/** Messages about settings and extension pages, answered by the background apart from the cache service. */
export interface SettingsProtocol {
  openPage(data: z.input<typeof openPageRequestSchema>): DoneResponse;
  choosePeriod(data: z.input<typeof choosePeriodRequestSchema>): DoneResponse;
}
