import { en } from 'zod/locales';
import type * as z from 'zod/mini';
import type { Failure, MessageName } from '../messaging/protocol';

const englishErrors = en().localeError;

export type Parsed<T> = { ok: true; value: T } | Failure;

/** Parses a message on arrival; what is wrong is said field by field, for whoever sent it. */
export function parseRequest<Schema extends z.ZodMiniType>(
  name: MessageName,
  schema: Schema,
  data: unknown,
): Parsed<z.output<Schema>> {
  const parsed = schema.safeParse(data, { error: englishErrors });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'request'}: ${issue.message}`);
  return failure('invalid', `Touchline could not use the ${name} request. ${problems.join('; ')}.`);
}

export function failure(kind: Failure['error']['kind'], message: string): Failure {
  return { ok: false, error: { kind, message } };
}
