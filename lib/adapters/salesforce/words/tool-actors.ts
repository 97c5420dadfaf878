/**
 * Names of tools and system users per language, kept apart from the word tables: each language's
 * table reads its own (types.ts `automation`, `systemUsers`), and isToolActorInAnyLanguage
 * (tool-actor.ts) reads them all for the background (names-nobody.ts), which needs no table.
 */

/** The languages Touchline has Salesforce word tables for (index.ts). */
type Language = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'it';

/** Each language's `automation`: what says a tool sent an item. */
export const AUTOMATION: Record<Language, string[]> = {
  en: ['List Email', 'Mass Email', 'Cadence', 'Sales Engagement', 'High Velocity Sales'],
  de: ['Listen-E-Mail', 'Massen-E-Mail', 'Kadenz', 'Sales Engagement'],
  fr: ['E-mail de liste', 'E-mail en masse', 'Cadence', 'Sales Engagement'],
  es: ['Correo electrónico de lista', 'Correo electrónico masivo', 'Cadencia', 'Sales Engagement'],
  pt: ['E-mail de lista', 'E-mail em massa', 'Cadência', 'Sales Engagement'],
  nl: ['Lijst-e-mail', 'Bulk-e-mail', 'Cadans', 'Sales Engagement'],
  it: ['Email elenco', 'Email di massa', 'Cadenza', 'Sales Engagement'],
};

/** Each language's `systemUsers`, only where their name is known. */
export const SYSTEM_USERS: Partial<Record<Language, string[]>> = {
  // The system user Flows and processes act as (Salesforce's name for it; not in crm-evidence-2.md).
  en: ['Automated Process'],
};
