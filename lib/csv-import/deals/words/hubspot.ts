import { ES_DEAL_WORDS } from './es';
import { FR_DEAL_WORDS } from './fr';
import { NL_DEAL_WORDS } from './nl';
import { PT_BR_DEAL_WORDS } from './pt-br';
import type { CrmDealExportWords } from './schema';

/**
 * HubSpot's deals index exported as CSV ("Export" on the deals view): one column per deal
 * property. Documented (knowledge.hubspot.com, "HubSpot's default deal properties" and "Use stage
 * calculated properties"): Record ID, Deal Name, Deal Stage, Pipeline, Amount, Close Date, Deal
 * owner, Create Date, Currency, and per stage "Date entered [stage]" / "Date exited [stage]".
 * Assumed: that the export labels a stage's column `Date entered "<Stage> (<Pipeline>)"` (the
 * label the property list shows), the "Date exited" columns (not read: the next entry closes a
 * stay), and every German label (no German export seen).
 */
export const HUBSPOT_DEAL_WORDS: CrmDealExportWords = {
  en: {
    headers: {
      dealId: ['Record ID', 'Deal ID'],
      name: ['Deal Name'],
      stage: ['Deal Stage'],
      pipeline: ['Pipeline'],
      amount: ['Amount'],
      currency: ['Currency', 'Deal currency code'],
      owner: ['Deal owner', 'Owner'],
      closeDate: ['Close Date'],
      createdAt: ['Create Date'],
    },
    stageEnteredPrefixes: ['Date entered'],
    status: { open: [], won: [], lost: [] },
  },
  de: {
    headers: {
      dealId: ['Datensatz-ID', 'Deal-ID'],
      name: ['Deal-Name', 'Dealname'],
      stage: ['Deal-Phase', 'Dealphase'],
      pipeline: ['Pipeline'],
      amount: ['Betrag'],
      currency: ['Währung', 'Währungscode des Deals'],
      owner: ['Deal-Inhaber', 'Dealinhaber', 'Inhaber'],
      closeDate: ['Abschlussdatum'],
      createdAt: ['Erstellungsdatum', 'Erstelldatum'],
    },
    stageEnteredPrefixes: ['Eintrittsdatum', 'Datum des Eintritts in', 'Datum eingetreten'],
    status: { open: [], won: [], lost: [] },
  },
  fr: FR_DEAL_WORDS.hubspot,
  es: ES_DEAL_WORDS.hubspot,
  'pt-BR': PT_BR_DEAL_WORDS.hubspot,
  nl: NL_DEAL_WORDS.hubspot,
};
