import type { LocaleWords } from './schema';

export const fr: LocaleWords = {
  types: {
    call: ['Appel', 'Appels', 'Appel téléphonique'],
    email: ['E-mail', 'E-mails', 'Email', 'Courriel', 'Mail'],
    meeting: ['Réunion', 'Rendez-vous', 'Événement', 'Déjeuner'],
    note: ['Note', 'Notes', 'Commentaire'],
    task: ['Tâche', 'Tâches', 'Échéance'],
    sms: ['SMS', 'Texto'],
    social: [],
  },
  direction: {
    sent: ['envoyé', 'envoyée', 'sortant', 'sortante'],
    received: ['reçu', 'reçue', 'entrant', 'entrante'],
    from: ['de', 'expéditeur'],
    to: ['à', 'destinataire'],
  },
  planned: ['à venir', 'planifié', 'planifiée', 'prévu', 'prévue', 'en retard', 'à faire'],
  done: ['terminé', 'terminée', 'effectué', 'effectuée', 'enregistré', 'enregistrée', 'fait'],
  outcomes: {
    connected: ['connecté', 'joint', 'répondu'],
    'no-answer': ['pas de réponse', 'sans réponse', 'aucune réponse', 'manqué'],
    voicemail: ['message vocal', 'messagerie vocale', 'message laissé', 'a laissé un message'],
    busy: ['occupé'],
  },
  outOfOffice: [
    'absent du bureau',
    'absente du bureau',
    'hors du bureau',
    'réponse automatique',
    "message d'absence",
    'en congé',
  ],
};
