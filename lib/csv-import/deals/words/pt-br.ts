import type { Crm } from '../../../schema/activity';
import type { DealExportWords } from './schema';

/**
 * Brazilian Portuguese deal export wording of the three CRMs, named as ../../words/pt-br.ts names
 * the activity exports: HubSpot's deals as "Negócios"
 * (https://br.developers.hubspot.com/docs/api/crm/properties), Salesforce's opportunity as
 * "oportunidade", Pipedrive's deal as "negócio" and its pipeline as "funil". Assumed: every column
 * label, the per-stage entry prefix and the status words (no Portuguese deal export or translated
 * field list was found); an assumed label maps a column only when it matches exactly.
 */
export const PT_BR_DEAL_WORDS: Record<Crm, DealExportWords> = {
  hubspot: {
    headers: {
      dealId: ['ID do registro', 'ID do negócio'],
      name: ['Nome do negócio'],
      stage: ['Etapa do negócio', 'Fase do negócio'],
      pipeline: ['Pipeline'],
      amount: ['Valor'],
      currency: ['Moeda', 'Código da moeda do negócio'],
      owner: ['Proprietário do negócio', 'Proprietário'],
      closeDate: ['Data de fechamento'],
      createdAt: ['Data de criação'],
    },
    stageEnteredPrefixes: ['Data de entrada em', 'Data de entrada'],
    status: { open: [], won: [], lost: [] },
  },
  salesforce: {
    headers: {
      dealId: ['ID da oportunidade'],
      name: ['Nome da oportunidade'],
      stage: ['Fase', 'Estágio'],
      amount: ['Valor'],
      currency: ['Moeda da oportunidade', 'Moeda do valor'],
      owner: ['Proprietário da oportunidade', 'Proprietário da oportunidade: Nome completo', 'Proprietário'],
      closeDate: ['Data de fechamento'],
      createdAt: ['Data de criação'],
      stageChangedAt: ['Data da última alteração de fase'],
      stageDays: ['Duração da fase'],
      ageDays: ['Idade'],
      isClosed: ['Fechado', 'Fechada'],
      isWon: ['Ganho', 'Ganha'],
    },
    stageEnteredPrefixes: [],
    status: { open: [], won: [], lost: [] },
  },
  pipedrive: {
    headers: {
      dealId: ['Negócio - ID', 'ID do negócio', 'ID'],
      name: ['Negócio - Título', 'Título'],
      stage: ['Negócio - Etapa', 'Etapa'],
      pipeline: ['Negócio - Funil', 'Funil'],
      amount: ['Negócio - Valor', 'Valor'],
      currency: ['Negócio - Moeda', 'Moeda'],
      owner: ['Negócio - Proprietário', 'Proprietário'],
      closeDate: ['Negócio - Data de fechamento esperada', 'Data de fechamento esperada'],
      wonAt: ['Negócio - Data de ganho', 'Data de ganho'],
      closedAt: ['Negócio - Negócio fechado em', 'Negócio fechado em'],
      status: ['Negócio - Status', 'Status'],
      createdAt: ['Negócio - Negócio criado', 'Negócio criado', 'Negócio - Data de criação'],
      stageChangedAt: ['Negócio - Última alteração de etapa', 'Última alteração de etapa'],
    },
    stageEnteredPrefixes: [],
    status: { open: ['Aberto'], won: ['Ganho'], lost: ['Perdido'] },
  },
};
