/**
 * What HubSpot's owner slot of a record or an item shows when nobody owns it, per language: each
 * language's table reads its own (types.ts `noOwner`), and names-nobody.ts reads them all without
 * the tables, which the background has no other use for.
 */
export const NO_OWNER = {
  // The brief's wording of HubSpot's empty owner slot; no captured page in crm-pages.md shows it.
  en: ['No owner'],
  // Guesses: no source shows HubSpot's German empty owner slot; "Inhaber" is its owner label here.
  de: ['Kein Inhaber', 'Kein Besitzer', 'Kein Kontaktinhaber', 'Kein Deal-Inhaber'],
  // Guesses: no source shows HubSpot's French empty owner slot.
  fr: ['Aucun propriétaire', 'Pas de propriétaire'],
  // Guesses: no source shows HubSpot's Spanish empty owner slot.
  es: ['Sin propietario', 'Ningún propietario'],
  // Guesses: no source shows HubSpot's Portuguese empty owner slot.
  pt: ['Sem proprietário', 'Nenhum proprietário'],
  // Guesses: no source shows HubSpot's Dutch empty owner slot.
  nl: ['Geen eigenaar'],
  // Guesses: no source shows HubSpot's Italian empty owner slot.
  it: ['Nessun proprietario'],
} as const satisfies Record<string, readonly string[]>;
