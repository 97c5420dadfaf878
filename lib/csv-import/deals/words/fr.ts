import type { Crm } from '../../../schema/activity';
import type { DealExportWords } from './schema';

/**
 * French deal export wording of the three CRMs, named as ../../words/fr.ts names the activity
 * exports: HubSpot's deal as "transaction" and its records as "fiches d'informations"
 * (https://knowledge.hubspot.com/fr/records/associate-activities-with-records), Salesforce's
 * opportunity as "opportunité", Pipedrive's deal as "affaire"
 * (https://support.pipedrive.com/fr/article/participants). Assumed: every column label, the
 * per-stage entry prefix and the status words (no French deal export or translated field list was
 * found); an assumed label maps a column only when it matches exactly.
 */
export const FR_DEAL_WORDS: Record<Crm, DealExportWords> = {
  hubspot: {
    headers: {
      dealId: ["ID de fiche d'informations", "ID de l'enregistrement", 'ID de transaction'],
      name: ['Nom de la transaction'],
      stage: ['Phase de la transaction', 'Étape de la transaction'],
      pipeline: ['Pipeline'],
      amount: ['Montant'],
      currency: ['Devise', 'Code de devise de la transaction'],
      owner: ['Propriétaire de la transaction', 'Propriétaire'],
      closeDate: ['Date de fermeture', 'Date de clôture'],
      createdAt: ['Date de création'],
    },
    stageEnteredPrefixes: ["Date d'entrée dans", "Date d'entrée"],
    status: { open: [], won: [], lost: [] },
  },
  salesforce: {
    headers: {
      dealId: ["ID de l'opportunité"],
      name: ["Nom de l'opportunité"],
      stage: ['Étape'],
      amount: ['Montant'],
      currency: ["Devise de l'opportunité", 'Devise du montant'],
      owner: ["Propriétaire de l'opportunité", "Propriétaire de l'opportunité : Nom complet", 'Propriétaire'],
      closeDate: ['Date de clôture'],
      createdAt: ['Date de création'],
      stageChangedAt: ["Date du dernier changement d'étape"],
      stageDays: ["Durée de l'étape"],
      ageDays: ['Âge'],
      isClosed: ['Fermé', 'Fermée'],
      isWon: ['Gagné', 'Gagnée'],
    },
    stageEnteredPrefixes: [],
    status: { open: [], won: [], lost: [] },
  },
  pipedrive: {
    headers: {
      dealId: ['Affaire - ID', "ID de l'affaire", 'ID'],
      name: ['Affaire - Titre', 'Titre'],
      stage: ['Affaire - Étape', 'Étape'],
      pipeline: ['Affaire - Pipeline', 'Pipeline'],
      amount: ['Affaire - Valeur', 'Valeur'],
      currency: ['Affaire - Devise', 'Devise'],
      owner: ['Affaire - Propriétaire', 'Propriétaire'],
      closeDate: ['Affaire - Date de clôture prévue', 'Date de clôture prévue'],
      wonAt: ['Affaire - Date de gain', 'Date de gain'],
      closedAt: ['Affaire - Affaire conclue le', 'Affaire conclue le'],
      status: ['Affaire - Statut', 'Statut'],
      createdAt: ['Affaire - Affaire créée', 'Affaire créée', 'Affaire - Date de création'],
      stageChangedAt: ["Affaire - Dernier changement d'étape", "Dernier changement d'étape"],
    },
    stageEnteredPrefixes: [],
    status: { open: ['Ouverte', 'Ouvert'], won: ['Gagnée', 'Gagné'], lost: ['Perdue', 'Perdu'] },
  },
};
