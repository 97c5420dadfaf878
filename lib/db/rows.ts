import type * as z from 'zod/mini';
import type { StoreName } from './schema';

/** A stored row that no longer matches its schema: reported, left in place, never thrown. */
export interface InvalidRow {
  store: StoreName;
  key: string;
  problem: string;
}

type Schema<T> = z.ZodMiniType<T>;

export function parseRow<T>(
  schema: Schema<T>,
  store: StoreName,
  row: unknown,
  invalid: InvalidRow[],
  key = keyOf(row),
): T | undefined {
  if (row === undefined) return undefined;
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  invalid.push({ store, key, problem: describeIssues(parsed.error.issues) });
  return undefined;
}

export function parseRows<T>(schema: Schema<T>, store: StoreName, rows: unknown[], invalid: InvalidRow[]): T[] {
  const valid: T[] = [];
  for (const row of rows) {
    const value = parseRow(schema, store, row, invalid);
    if (value !== undefined) valid.push(value);
  }
  return valid;
}

function keyOf(row: unknown): string {
  const key = typeof row === 'object' && row !== null ? (row as { key?: unknown }).key : undefined;
  return typeof key === 'string' ? key : String(key);
}

function describeIssues(issues: readonly { path: PropertyKey[]; code?: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(row)'}: ${issue.code ?? 'invalid'}`).join('; ');
}
