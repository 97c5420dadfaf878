import type { Crm } from '../../../schema/activity';
import type { DealExportWords } from './schema';

/**
 * Spanish deal export wording of the three CRMs, named as ../../words/es.ts names the activity
 * exports: HubSpot's deals as "Negocios"
 * (https://developers.hubspot.es/beta-docs/guides/api/crm/properties), Salesforce's opportunity as
 * "oportunidad", Pipedrive's deal as "trato"
 * (https://support.pipedrive.com/hc/es/articles/360000106249-Vista-de-detalles). Assumed: every
 * column label, the per-stage entry prefix and the status words (no Spanish deal export or
 * translated field list was found); an assumed label maps a column only when it matches exactly.
 */
export const ES_DEAL_WORDS: Record<Crm, DealExportWords> = {
  hubspot: {
    headers: {
      dealId: ['ID de registro', 'ID del negocio'],
      name: ['Nombre del negocio'],
      stage: ['Etapa del negocio'],
      pipeline: ['Pipeline'],
      amount: ['Importe', 'Monto'],
      currency: ['Moneda', 'Código de moneda del negocio'],
      owner: ['Propietario del negocio', 'Propietario'],
      closeDate: ['Fecha de cierre'],
      createdAt: ['Fecha de creación'],
    },
    stageEnteredPrefixes: ['Fecha de entrada en', 'Fecha de entrada'],
    status: { open: [], won: [], lost: [] },
  },
  salesforce: {
    headers: {
      dealId: ['ID de oportunidad', 'ID de la oportunidad'],
      name: ['Nombre de la oportunidad'],
      stage: ['Etapa'],
      amount: ['Importe'],
      currency: ['Divisa de la oportunidad', 'Divisa del importe'],
      owner: ['Propietario de la oportunidad', 'Propietario de la oportunidad: Nombre completo', 'Propietario'],
      closeDate: ['Fecha de cierre'],
      createdAt: ['Fecha de creación'],
      stageChangedAt: ['Fecha del último cambio de etapa'],
      stageDays: ['Duración de la etapa'],
      ageDays: ['Antigüedad', 'Edad'],
      isClosed: ['Cerrado', 'Cerrada'],
      isWon: ['Ganado', 'Ganada'],
    },
    stageEnteredPrefixes: [],
    status: { open: [], won: [], lost: [] },
  },
  pipedrive: {
    headers: {
      dealId: ['Trato - ID', 'ID del trato', 'ID'],
      name: ['Trato - Título', 'Título'],
      stage: ['Trato - Etapa', 'Etapa'],
      pipeline: ['Trato - Embudo', 'Embudo', 'Trato - Pipeline', 'Pipeline'],
      amount: ['Trato - Valor', 'Valor'],
      currency: ['Trato - Moneda', 'Moneda'],
      owner: ['Trato - Propietario', 'Propietario'],
      closeDate: ['Trato - Fecha de cierre prevista', 'Fecha de cierre prevista'],
      wonAt: ['Trato - Fecha de ganado', 'Fecha de ganado'],
      closedAt: ['Trato - Trato cerrado el', 'Trato cerrado el'],
      status: ['Trato - Estado', 'Estado'],
      createdAt: ['Trato - Trato creado', 'Trato creado', 'Trato - Fecha de creación'],
      stageChangedAt: ['Trato - Último cambio de etapa', 'Último cambio de etapa'],
    },
    stageEnteredPrefixes: [],
    status: { open: ['Abierto'], won: ['Ganado'], lost: ['Perdido'] },
  },
};
