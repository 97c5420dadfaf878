/**
 * What a Pipedrive owner field or an item's owner place shows when nobody owns it, per language:
 * each language's wording reads its own (wording.ts `noOwner`), and names-nobody.ts reads them all
 * without the rest of the wording, which the background has no other use for.
 */
export const NO_OWNER = {
  // The brief's wording of Pipedrive's empty owner (no captured page in crm-pages.md shows it).
  en: ['(No owner)', 'No owner', 'Unassigned'],
  // Guesses: no source shows Pipedrive's German empty owner.
  de: ['(Kein Inhaber)', 'Kein Inhaber', '(Kein Besitzer)', 'Kein Besitzer', 'Nicht zugewiesen'],
  // Guesses: no source shows Pipedrive's French empty owner.
  fr: ['(Aucun propriétaire)', 'Aucun propriétaire', 'Non attribué'],
  // Guesses: no source shows Pipedrive's Spanish empty owner.
  es: ['(Sin propietario)', 'Sin propietario', 'Sin asignar'],
  // Guesses: no source shows Pipedrive's Portuguese empty owner.
  pt: ['(Sem proprietário)', 'Sem proprietário', 'Não atribuído'],
  // Guesses: no source shows Pipedrive's Dutch empty owner.
  nl: ['(Geen eigenaar)', 'Geen eigenaar', 'Niet toegewezen'],
  // Guesses: no source shows Pipedrive's Italian empty owner.
  it: ['(Nessun proprietario)', 'Nessun proprietario', 'Non assegnato'],
} as const satisfies Record<string, readonly string[]>;
