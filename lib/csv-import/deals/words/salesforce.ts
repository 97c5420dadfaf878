import { ES_DEAL_WORDS } from './es';
import { FR_DEAL_WORDS } from './fr';
import { NL_DEAL_WORDS } from './nl';
import { PT_BR_DEAL_WORDS } from './pt-br';
import type { CrmDealExportWords } from './schema';

/**
 * A Salesforce opportunities report exported as CSV ("Export" → "Details Only"): columns labelled
 * as the Opportunity fields are. Documented (Salesforce field reference, Opportunity): Opportunity
 * ID, Opportunity Name, Stage, Amount, Close Date, Created Date, Age, Opportunity Currency,
 * Opportunity Owner, Last Stage Change Date, and the checkboxes IsClosed and IsWon. Assumed:
 * "Stage Duration" (a report column, days in the current stage when the report ran), "Closed" and
 * "Won" as the report's headers for IsClosed and IsWon (their field labels), and every German
 * label. Salesforce has no pipeline column: the Closed and Won checkboxes say whether a deal is
 * won or lost where the report has them, else the stage's name does ("Closed Won").
 */
export const SALESFORCE_DEAL_WORDS: CrmDealExportWords = {
  en: {
    headers: {
      dealId: ['Opportunity ID', 'Opportunity ID (18)'],
      name: ['Opportunity Name'],
      stage: ['Stage'],
      amount: ['Amount'],
      currency: ['Opportunity Currency', 'Amount Currency'],
      owner: ['Opportunity Owner', 'Opportunity Owner: Full Name', 'Owner'],
      closeDate: ['Close Date'],
      createdAt: ['Created Date'],
      stageChangedAt: ['Last Stage Change Date'],
      stageDays: ['Stage Duration'],
      ageDays: ['Age'],
      isClosed: ['Closed'],
      isWon: ['Won'],
    },
    stageEnteredPrefixes: [],
    status: { open: [], won: [], lost: [] },
  },
  de: {
    headers: {
      dealId: ['Opportunity-ID'],
      name: ['Opportunity-Name'],
      stage: ['Phase'],
      amount: ['Betrag'],
      currency: ['Opportunity-Währung', 'Betragswährung'],
      owner: ['Opportunity-Inhaber', 'Opportunity-Inhaber: Vollständiger Name', 'Inhaber'],
      closeDate: ['Schlusstermin', 'Abschlussdatum'],
      createdAt: ['Erstellungsdatum', 'Erstellt am'],
      stageChangedAt: ['Datum der letzten Phasenänderung', 'Letzte Phasenänderung'],
      stageDays: ['Phasendauer', 'Dauer der Phase'],
      ageDays: ['Alter'],
      isClosed: ['Geschlossen'],
      isWon: ['Gewonnen'],
    },
    stageEnteredPrefixes: [],
    status: { open: [], won: [], lost: [] },
  },
  fr: FR_DEAL_WORDS.salesforce,
  es: ES_DEAL_WORDS.salesforce,
  'pt-BR': PT_BR_DEAL_WORDS.salesforce,
  nl: NL_DEAL_WORDS.salesforce,
};
