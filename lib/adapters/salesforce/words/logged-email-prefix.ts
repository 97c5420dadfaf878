/**
 * Salesforce's label before a logged email's subject ("Email: Rollout plan"), kept apart from the
 * word tables (types.ts `loggedEmailPrefix`) so the background's database upgrade reads it
 * without them. English only: no source shows how a localised org labels a logged email's
 * subject, and the English label is tried on every page (words/index.ts).
 */
export const LOGGED_EMAIL_PREFIX: readonly string[] = ['Email:'];
