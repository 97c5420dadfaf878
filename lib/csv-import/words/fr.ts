import type { Crm } from '../../schema/activity';
import type { ExportWords } from './schema';

/**
 * French export wording of the three CRMs. Cited: HubSpot's French names of the activity kinds
 * ("Activités (appels, e-mails, réunions, notes, tâches)",
 * https://developers.hubspot.fr/beta-docs/guides/api/crm/properties; "messages LinkedIn, SMS et
 * WhatsApp", records as "fiches d'informations" and deals as "transactions",
 * https://knowledge.hubspot.com/fr/records/associate-activities-with-records); HubSpot's French
 * call outcome "Connecté" ("Appel - Connecté", ../shared/docs/crm-evidence-2.md, trust B); the
 * call direction named "direction de l'appel", incoming/outgoing "ENTRANTS"/"SORTANTS"
 * (https://developers.hubspot.fr/docs/api/crm/calls); Salesforce's task as "tâche"
 * (https://trailhead.salesforce.com/fr/content/learn/modules/to-do-list-for-task-management/discover-the-to-do-list);
 * Pipedrive's deal as "affaire", person as "personne", "Participants"
 * (https://support.pipedrive.com/fr/article/participants). Assumed: every column label (no
 * French export or translated field list was found) and the other value words; an assumed label
 * maps a column only when it matches exactly.
 */
export const FR_EXPORT_WORDS: Record<Crm, ExportWords> = {
  hubspot: {
    headers: {
      sourceId: ["ID de fiche d'informations", "ID de l'enregistrement", "ID de l'activité"],
      date: ["Date de l'activité", 'Heure de début de la réunion', "Date d'échéance"],
      owner: ['Activité attribuée à', 'Attribué à', "Propriétaire de l'activité", 'Propriétaire'],
      type: ["Type d'activité", 'Type'],
      subject: ["Titre de l'appel", "Objet de l'e-mail", 'Nom de la réunion', 'Titre de la tâche', 'Objet', 'Titre'],
      direction: ["Direction de l'appel", "Direction de l'e-mail", 'Direction'],
      outcome: ["Résultat de l'appel", 'Résultat de la réunion', 'Résultat'],
      status: ['Statut de la tâche', 'Statut'],
      contactName: ['Contact associé', 'Contacts associés', 'Contact'],
      contactId: ['ID des contacts associés', 'ID du contact associé', 'ID de contact'],
      contactEmail: ['E-mail du contact associé', 'E-mail du contact', 'E-mail'],
      dealName: ['Transaction associée', 'Transactions associées', 'Transaction'],
      dealId: ['ID des transactions associées', 'ID de la transaction associée', 'ID de transaction'],
    },
    typedHeaders: {
      "Titre de l'appel": 'call',
      "Direction de l'appel": 'call',
      "Résultat de l'appel": 'call',
      "Objet de l'e-mail": 'email',
      "Direction de l'e-mail": 'email',
      'Nom de la réunion': 'meeting',
      'Résultat de la réunion': 'meeting',
      'Heure de début de la réunion': 'meeting',
      'Titre de la tâche': 'task',
      'Statut de la tâche': 'task',
    },
    types: {
      call: ['Appel', 'Appels'],
      email: ['E-mail', 'E-mails', 'E-mail entrant', 'E-mail transféré'],
      meeting: ['Réunion', 'Réunions'],
      social: ['Message LinkedIn', 'LinkedIn'],
      sms: ['SMS', 'Message WhatsApp', 'WhatsApp'],
      note: ['Note', 'Notes'],
      task: ['Tâche', 'Tâches'],
    },
    directions: {
      inbound: ['Entrant', 'E-mail entrant', 'Reçu'],
      outbound: ['Sortant', 'E-mail', 'Envoyé', 'E-mail transféré'],
    },
    outcomes: {
      connected: ['Connecté'],
      'no-answer': ['Pas de réponse', 'Mauvais numéro'],
      voicemail: ['Message vocal laissé', 'Message en direct laissé'],
      busy: ['Occupé'],
      held: ['Terminé', 'Terminée'],
      'no-show': ['Absent', 'Absence'],
      rescheduled: ['Reprogrammé', 'Reprogrammée'],
      cancelled: ['Annulé', 'Annulée'],
    },
    status: {
      done: ['Terminé', 'Terminée', 'Fait'],
      planned: ['Non commencé', 'En cours', 'En attente', 'Reporté', 'Planifié'],
    },
  },
  salesforce: {
    headers: {
      sourceId: ["ID de l'activité", 'ID de la tâche', "ID de l'événement"],
      date: ['Date', "Date d'échéance", 'Début', 'Date/heure de début', 'Date/heure de fin', "Date de l'activité"],
      time: ['Heure', 'Heure de début'],
      owner: ['Attribué', 'Attribué à', 'Attribué à : Nom complet', 'Propriétaire'],
      type: ['Type', "Type d'activité", 'Tâche/Événement'],
      subtype: ['Sous-type de tâche', "Sous-type d'événement"],
      subject: ['Objet'],
      direction: ["Type d'appel"],
      outcome: ["Résultat de l'appel"],
      status: ['Statut'],
      contactName: ['Contact', 'Nom', 'Contact : Nom complet', 'Piste'],
      contactId: ['ID du contact', 'ID du nom'],
      leadId: ['ID de la piste'],
      contactEmail: ['E-mail', 'Contact : E-mail'],
      dealName: ['Opportunité', "Nom de l'opportunité", 'Associé à'],
      dealId: ["ID de l'opportunité", "ID de l'élément associé"],
    },
    typedHeaders: {},
    types: {
      call: ['Appel', 'Consigner un appel', 'Appel téléphonique'],
      email: ['E-mail', 'E-mail de liste'],
      meeting: ['Réunion', 'Événement'],
      task: ['Tâche', 'Autre', 'À faire', 'Envoyer une lettre'],
    },
    automatedTypes: ['E-mail de liste'],
    directions: { inbound: ['Entrant'], outbound: ['Sortant'] },
    outcomes: {
      connected: ['Connecté', 'Joint'],
      'no-answer': ['Pas de réponse', 'Appel infructueux'],
      voicemail: ['Message vocal laissé', 'Messagerie vocale'],
      busy: ['Occupé'],
    },
    status: {
      done: ['Terminé', 'Terminée', 'Fermé'],
      planned: ['Non commencé', 'En cours', "En attente de quelqu'un d'autre", 'Reporté', 'Ouvert'],
    },
  },
  pipedrive: {
    headers: {
      sourceId: ['ID', "ID de l'activité", 'Activité - ID'],
      date: ["Date d'échéance", 'Date', "Activité - Date d'échéance"],
      doneAt: ['Marquée comme effectuée le', 'Activité - Marquée comme effectuée le'],
      time: ["Heure d'échéance", 'Heure', "Activité - Heure d'échéance"],
      owner: ["Attribué à l'utilisateur", 'Attribué à', 'Propriétaire', "Activité - Attribué à l'utilisateur"],
      type: ['Type', "Type d'activité", 'Activité - Type'],
      subject: ['Sujet', 'Activité - Sujet'],
      status: ['Effectué', 'Statut', 'Activité - Effectué'],
      contactName: [
        'Personne à contacter',
        'Personne',
        'Participants',
        'Activité - Personne',
        'Activité - Personne à contacter',
        'Personne - Nom',
      ],
      contactId: ['ID de la personne', 'Personne - ID'],
      contactEmail: ['E-mail de la personne', 'E-mail', 'Personne - E-mail'],
      dealName: ['Affaire', "Titre de l'affaire", 'Activité - Affaire', 'Affaire - Titre'],
      dealId: ["ID de l'affaire", 'Affaire - ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Appel'],
      email: ['E-mail'],
      meeting: ['Réunion', 'Déjeuner'],
      task: ['Tâche', 'Échéance', 'Date limite'],
    },
    directions: { inbound: [], outbound: [] },
    outcomes: {},
    status: {
      done: ['Effectué', 'Effectuée', 'Fait', 'Oui', 'Vrai'],
      planned: ['À faire', 'Non effectué', 'Non', 'Faux'],
    },
  },
};
