import { ES_DEAL_WORDS } from './es';
import { FR_DEAL_WORDS } from './fr';
import { NL_DEAL_WORDS } from './nl';
import { PT_BR_DEAL_WORDS } from './pt-br';
import type { CrmDealExportWords } from './schema';

/**
 * Pipedrive's deals list exported as CSV ("…" → "Export filter results"): each column is a deal
 * field, prefixed "Deal - " by the export. Documented (Pipedrive deal fields and API): ID, Title,
 * Stage, Pipeline, Value, Currency, Owner, Status (open, won, lost), Deal created, Last stage
 * change (`stage_change_time`), Expected close date, a won deal's Won time (`won_time`), a lost
 * deal's Lost time (`lost_time`) and Deal closed on (`close_time`, set when a deal is won or
 * lost), named as the page reader's wording names them. Assumed: the "Deal - " prefix as written
 * here (unprefixed labels are accepted too), "Close time", and every German label (the won time's
 * is the help centre's import field name, as on the page; no German lost time label is known).
 */
export const PIPEDRIVE_DEAL_WORDS: CrmDealExportWords = {
  en: {
    headers: {
      dealId: ['Deal - ID', 'Deal ID', 'ID'],
      name: ['Deal - Title', 'Title'],
      stage: ['Deal - Stage', 'Stage'],
      pipeline: ['Deal - Pipeline', 'Pipeline'],
      amount: ['Deal - Value', 'Value'],
      currency: ['Deal - Currency', 'Currency', 'Deal - Currency of Value'],
      owner: ['Deal - Owner', 'Owner'],
      closeDate: ['Deal - Expected close date', 'Expected close date'],
      wonAt: ['Deal - Won time', 'Won time'],
      closedAt: ['Deal - Deal closed on', 'Deal closed on', 'Deal - Close time'],
      lostAt: ['Deal - Lost time', 'Lost time'],
      status: ['Deal - Status', 'Status'],
      createdAt: ['Deal - Deal created', 'Deal created', 'Deal - Add time'],
      stageChangedAt: ['Deal - Last stage change', 'Last stage change', 'Deal - Stage change time'],
    },
    stageEnteredPrefixes: [],
    status: { open: ['Open'], won: ['Won'], lost: ['Lost'] },
  },
  de: {
    headers: {
      dealId: ['Deal - ID', 'Deal-ID', 'ID'],
      name: ['Deal - Titel', 'Titel'],
      stage: ['Deal - Phase', 'Phase'],
      pipeline: ['Deal - Pipeline', 'Pipeline'],
      amount: ['Deal - Wert', 'Wert'],
      currency: ['Deal - Währung', 'Währung'],
      owner: ['Deal - Inhaber', 'Inhaber', 'Deal - Besitzer'],
      closeDate: ['Deal - Erwartetes Abschlussdatum', 'Erwartetes Abschlussdatum'],
      wonAt: [
        'Deal - Zeitpunkt, zu dem der Deal gewonnen wurde',
        'Zeitpunkt, zu dem der Deal gewonnen wurde',
        'Deal - Gewonnen am',
        'Gewonnen am',
      ],
      closedAt: ['Deal - Deal abgeschlossen am', 'Deal abgeschlossen am'],
      status: ['Deal - Status', 'Status'],
      createdAt: ['Deal - Deal erstellt', 'Deal erstellt', 'Deal - Erstellt am'],
      stageChangedAt: ['Deal - Letzte Phasenänderung', 'Letzte Phasenänderung'],
    },
    stageEnteredPrefixes: [],
    status: { open: ['Offen'], won: ['Gewonnen'], lost: ['Verloren'] },
  },
  fr: FR_DEAL_WORDS.pipedrive,
  es: ES_DEAL_WORDS.pipedrive,
  'pt-BR': PT_BR_DEAL_WORDS.pipedrive,
  nl: NL_DEAL_WORDS.pipedrive,
};
