// zod/mini, in a file of its own: the view model (which ships in every content script) needs only this.
import * as z from 'zod/mini';

export const motionSchema = z.enum(['smb', 'mid-market', 'enterprise', 'inbound']);
export type Motion = z.infer<typeof motionSchema>;
