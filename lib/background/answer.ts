import type * as z from 'zod/mini';
import { TouchlineError } from '../db/errors';
import type { Failure, MessageName } from '../messaging/protocol';
import { failure, parseRequest } from './validate';

const UNEXPECTED = 'Touchline ran into an unexpected problem. Reload the page to try again.';

/** Validates a message on arrival, runs it, and turns any failure into an answer: a handler never throws. */
export async function answer<Schema extends z.ZodMiniType, R>(
  name: MessageName,
  schema: Schema,
  data: unknown,
  handle: (input: z.output<Schema>) => Promise<R>,
): Promise<R | Failure> {
  const parsed = parseRequest(name, schema, data);
  if (!parsed.ok) return parsed;
  try {
    return await handle(parsed.value);
  } catch (error) {
    if (error instanceof TouchlineError) return failure(error.kind, error.message);
    console.error(`Touchline: ${name} failed`, error);
    return failure('storage', UNEXPECTED);
  }
}
