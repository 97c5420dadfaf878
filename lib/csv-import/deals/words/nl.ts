import type { Crm } from '../../../schema/activity';
import type { DealExportWords } from './schema';

/**
 * Dutch deal export wording of the three CRMs, named as ../../words/nl.ts names the activity
 * exports: HubSpot's deals as "deals"
 * (https://knowledge.hubspot.com/nl/import-and-export/set-up-your-import-file). Assumed: every
 * column label, the per-stage entry prefix, the status words and all of Salesforce's and
 * Pipedrive's wording (no Dutch deal export or translated field list was found); an assumed label
 * maps a column only when it matches exactly.
 */
export const NL_DEAL_WORDS: Record<Crm, DealExportWords> = {
  hubspot: {
    headers: {
      dealId: ['Record-ID', 'Deal-ID'],
      name: ['Dealnaam', 'Naam deal'],
      stage: ['Dealfase', 'Fase deal'],
      pipeline: ['Pipeline'],
      amount: ['Bedrag'],
      currency: ['Valuta', 'Valutacode deal'],
      owner: ['Eigenaar deal', 'Deal-eigenaar', 'Eigenaar'],
      closeDate: ['Sluitingsdatum'],
      createdAt: ['Aanmaakdatum'],
    },
    stageEnteredPrefixes: ['Datum binnengekomen in', 'Datum binnengekomen'],
    status: { open: [], won: [], lost: [] },
  },
  salesforce: {
    headers: {
      dealId: ['Opportunity-ID'],
      name: ['Opportunitynaam', 'Naam opportunity'],
      stage: ['Fase'],
      amount: ['Bedrag'],
      currency: ['Opportunityvaluta', 'Valuta bedrag'],
      owner: ['Eigenaar opportunity', 'Eigenaar opportunity: Volledige naam', 'Eigenaar'],
      closeDate: ['Sluitingsdatum'],
      createdAt: ['Aanmaakdatum'],
      stageChangedAt: ['Datum laatste fasewijziging'],
      stageDays: ['Faseduur', 'Duur fase'],
      ageDays: ['Leeftijd'],
      isClosed: ['Gesloten'],
      isWon: ['Gewonnen'],
    },
    stageEnteredPrefixes: [],
    status: { open: [], won: [], lost: [] },
  },
  pipedrive: {
    headers: {
      dealId: ['Deal - ID', 'Deal-ID', 'ID'],
      name: ['Deal - Titel', 'Titel'],
      stage: ['Deal - Fase', 'Fase'],
      pipeline: ['Deal - Pipeline', 'Pipeline'],
      amount: ['Deal - Waarde', 'Waarde'],
      currency: ['Deal - Valuta', 'Valuta'],
      owner: ['Deal - Eigenaar', 'Eigenaar'],
      closeDate: ['Deal - Verwachte sluitingsdatum', 'Verwachte sluitingsdatum'],
      wonAt: ['Deal - Gewonnen op', 'Gewonnen op'],
      closedAt: ['Deal - Deal gesloten op', 'Deal gesloten op'],
      status: ['Deal - Status', 'Status'],
      createdAt: ['Deal - Deal aangemaakt', 'Deal aangemaakt', 'Deal - Aanmaakdatum'],
      stageChangedAt: ['Deal - Laatste fasewijziging', 'Laatste fasewijziging'],
    },
    stageEnteredPrefixes: [],
    status: { open: ['Open'], won: ['Gewonnen'], lost: ['Verloren'] },
  },
};
