/** An email address as a CRM matches it: trimmed, letter case aside; undefined when there is none. */
export function normalAddress(email: unknown): string | undefined {
  return typeof email === 'string' ? email.trim().toLowerCase() || undefined : undefined;
}
