import * as z from 'zod/mini';
import { isoTimestampSchema, nonEmptyString } from './activity';

/**
 * What is left of a touch logged in Touchline once the user undoes it: its key and when. A backup
 * of another browser, made before the undo, carries an older copy of the touch; this mark says the
 * undo is newer, so the import leaves the touch undone and passes the undo on (decisions.md
 * "Backups": an older copy never overwrites a newer).
 */
export const undoneTouchSchema = z.object({ key: nonEmptyString, undoneAt: isoTimestampSchema });
export type UndoneTouch = z.infer<typeof undoneTouchSchema>;
