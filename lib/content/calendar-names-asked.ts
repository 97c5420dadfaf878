import type { PageReader } from '../adapters/page-reader';
import { ask } from './messages';

/**
 * Asks the background for the month and weekday names and hands them to the reader, so the
 * page's thread does not build them before the first date read. Whatever the answer, reading
 * goes on: without it, the reader builds them itself, a format per step, as before.
 */
export async function askCalendarNames(reader: PageReader): Promise<void> {
  const answer = await ask('calendarNames', undefined);
  if (answer.ok) reader.adoptCalendarNames(answer.names);
}
