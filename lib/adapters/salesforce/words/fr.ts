import { AUTOMATION } from './tool-actors';
import type { SalesforceWords } from './types';

/** Who comes to the phone in the contact's stead: an assistant, the office, the front desk, the switchboard, a colleague. */
const FR_GATEKEEPER =
  '(?:assistante|assistant|secretaire|secretariat|accueil|standardiste|standard|receptionniste|reception|collegue)s?';

/**
 * French as Lightning's translation prints it (Étape, Montant, Date de clôture, Historique des
 * étapes, Rôles des contacts); the sentence wording is a guess in that translation's style, no
 * French capture was found (crm-evidence-2.md, trust C).
 */
export const fr: SalesforceWords = {
  typeWords: {
    call: ['Appel', 'Appel consigné', 'Consigner un appel'],
    email: ['E-mail', 'Courriel', 'E-mail de liste'],
    meeting: ['Événement', 'Réunion'],
    task: ['Tâche'],
  },
  subjectType: { call: ['Appel'], email: ['E-mail', 'Courriel'] },
  sentenceType: {
    call: ['consigné un appel', 'un appel'],
    email: ['envoyé un e-mail', 'un e-mail', 'un courriel'],
    meeting: ['un événement'],
  },
  // Outlook's label before a cancelled meeting's subject (cancelled-subject.ts).
  cancelledPrefix: ['Annulé'],
  upcoming: ['à venir'],
  overdueSentence: ['en retard'],
  done: ['aviez', 'avait', 'consigné', 'envoyé'],
  inboundEmail: ['vous a envoyé un e-mail', 'vous a envoyé un courriel'],
  sentenceShapes: [
    '{actor} {verb} consigné un appel avec {other}',
    '{actor} {verb} consigné un e-mail avec {other}',
    '{actor} {verb} envoyé un e-mail à {other}',
    '{actor} vous {verb} envoyé un e-mail',
    '{actor} {verb} un événement à venir avec {other}',
    '{actor} {verb} un événement avec {other}',
    '{actor} {verb} une tâche à venir avec {other}',
    '{actor} {verb} une tâche en retard avec {other}',
    '{actor} {verb} une tâche avec {other}',
  ],
  actorVerbs: ['avez', 'a', 'avait', 'aviez'],
  you: ['Vous'],
  // A guess rendering English's "and {n} others" (trust C): no capture shows this language's wording.
  othersTail: ['et {n} autres', 'et {n} autre'],
  // A guess in the sentences' style (trust C).
  relatedRecord: ['concernant {record}'],
  automation: AUTOMATION.fr,
  from: ['De'],
  to: ['À', 'A'],
  overdue: ['En retard'],
  noDueDate: ["Pas de date d'échéance"],
  upcomingSection: ['À venir et en retard', 'Activités ouvertes', 'Prochaines étapes'],
  // A guess in the style of "This Month" (trust C): no capture shows these groups in this language.
  // A yearless group in other wording is still read as this month, else behind it (timeline-date.ts).
  monthGroups: {
    previous: ['Le mois dernier', 'Mois dernier'],
    current: ['Ce mois-ci'],
    next: ['Le mois prochain', 'Mois prochain'],
  },
  currentStep: ['Étape actuelle'],
  closedPlaceholder: ['Fermé', 'Fermée'],
  closedWon: ['Fermée gagnée', 'Fermé gagné'],
  closedLost: ['Fermée perdue', 'Fermé perdu'],
  // Guess, written by hand in the style of reps' comments (no source gives them, trust C): the words a
  // comment says a call connected, went to voicemail, was not answered or found the line busy with.
  callComments: {
    connect: /\b(?:connectee?s?|parle (?:avec|a)|decroche|eu (?:au telephone|en ligne))\b/,
    negation: /\b(?:pas|jamais|personne|non|aucun)\b/,
    earlier: /\b(?:dernier|derniere|precedemment|auparavant|deja)\b/,
    dated:
      /\b(?:le|en|depuis|debut|fin) (?:\d{1,2} )?(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)[a-z]*\b|\b(?:la semaine|le mois|l'annee|le trimestre) derni(?:er|ere)\b|\bil y a \d+ (?:jours?|semaines?|mois|ans?)\b|\bhier\b/,
    noPerson:
      /^(?:(?:a|au|sur|par|via|avec)\s+)?(?:(?:la|le|l'|sa|son|ses|mon|ma|notre|un|une)\s*)?(?:messagerie|repondeur|boite vocale|e-?mail|courriel|message|sms|linkedin|inmail)\b/,
    resultFailure:
      /\b(?:tombee?|bascule|renvoyee?) (?:sur|vers) (?:la |le |sa |son )?(?:messagerie|repondeur|boite vocale)\b|\blaisse (?:un |une )?(?:message|vocal)\b|\bmessage (?:vocal )?laisse\b|\bpas de reponse\b|\bsans reponse\b|\b(?:personne n'a|n'a pas|ne repond pas|n'a jamais)(?: \w+)? (?:repondu|decroche)\b|\bligne occupee\b|^\s*(?:messagerie|repondeur|occupee?)\s*$/,
    // "Parlé avec son assistante", "connecté au standard", "décroché par l'accueil", "la secrétaire a décroché".
    gatekeeper: {
      reached: new RegExp(
        String.raw`^(?:(?:avec|a|au|par)\s+)?(?:(?:la|le|l'|sa|son|ses|mon|ma|notre|un|une)\s*)?${FR_GATEKEEPER}\b`,
      ),
      answered: new RegExp(String.raw`\b${FR_GATEKEEPER} (?:a |m'a )?decroche$`),
      owned: /\b(?:sa|son|ses|mon|ma|notre)\s/,
      titleBeforeName: true,
    },
    putThrough: /\b(?:transferee?(?: (?:a|au|vers))?|passee? (?:a|au)|m'a passe|(?:m'a )?mise? en relation avec)\b/,
    failures: [
      [/\bmessage vocal\b|\bmessagerie\b|\brepondeur\b|\bboite vocale\b|\blaisse (?:un |une )?message\b/, 'voicemail'],
      [
        /\bpas de reponse\b|\bsans reponse\b|\b(?:personne n'a|n'a pas|ne repond pas|n'a jamais)(?: \w+)? (?:repondu|decroche)\b|\b(?:pas|non) connectee?\b/,
        'no-answer',
      ],
      [/\bligne occupee\b|^\s*occupee?\s*$/, 'busy'],
    ],
  },
  inboundCall: ['Entrant'],
  // French names the message before its channel ("Réponse WhatsApp de …").
  messageSubject: {
    names: { social: [], sms: [] },
    messages: {
      social: ['message LinkedIn', 'réponse LinkedIn', 'demande de connexion', 'invitation LinkedIn'],
      sms: ['message WhatsApp', 'réponse WhatsApp', 'texto'],
    },
    messageWords: ['message', 'réponse'],
    sentVerbs: ['envoyé', 'envoyée', 'relancé', 'relancée'],
    via: ['via', 'par'],
    research: ['voir le profil', 'consulter le profil', 'recherche'],
    topic: { before: [], after: [], orders: [] },
    inbound: ['entrant', 'entrante', 'reçu', 'reçue', 'réponse de', 'manqué'],
    from: ['de', 'du', 'd'],
  },
  // Timeline controls and filter line: a guess from the translation's style, no capture found (trust C);
  // the last load words stand for "View More".
  loadMore: ["Charger plus d'activités passées", "Charger plus d'activités", 'Charger plus', 'Afficher plus'],
  showAll: ['Afficher toutes les activités'],
  filtersLabel: ['Filtres', 'Filtre'],
  allFilters: ['Toutes les dates', 'Toute la période', 'Toutes les activités', 'Tous les types'],
  labels: {
    contactName: ['Nom', 'Nom complet'],
    dealName: ["Nom de l'opportunité", 'Nom'],
    email: ['E-mail', 'Adresse e-mail'],
    phone: ['Téléphone', 'Mobile'],
    company: ['Nom du compte', 'Société'],
    contactOwner: ['Propriétaire du contact', 'Propriétaire de la piste', 'Propriétaire'],
    dealOwner: ["Propriétaire de l'opportunité", 'Propriétaire'],
    lastActivity: ['Dernière activité'],
    created: ['Créé par', 'Date de création'],
    stage: ['Étape'],
    amount: ['Montant'],
    closeDate: ['Date de clôture'],
    lastStageChange: ["Date du dernier changement d'étape"],
    stageDuration: ["Jours dans l'étape", "Durée de l'étape"],
    stageHistory: ['Historique des étapes'],
    contactRoles: ['Rôles des contacts', 'Rôles de contact'],
    historyStage: ['Étape'],
    historyDate: ['Dernière modification', 'Date de dernière modification', 'Date'],
    roleContact: ['Nom du contact', 'Nom', 'Contact'],
    notes: ['Notes', 'Notes et pièces jointes'],
    noteTitle: ['Titre', 'Nom'],
    noteDate: ['Date de création', 'Dernière modification', 'Date'],
    noteOwner: ['Créé par', 'Propriétaire'],
    fieldHistory: ['Historique du contact', 'Historique de la piste', "Historique des champs d'opportunité"],
    historyField: ['Champ', 'Action'],
    historyNewValue: ['Nouvelle valeur'],
    historyUser: ['Utilisateur'],
    historyWhen: ['Date'],
    callResult: ["Résultat de l'appel"],
    // An activity's Description (a Task shows it as "Comments"): a logged email's own text (logged-mail-header.ts).
    description: ['Description', 'Commentaires'],
    /** No documented translation found: the English label and the row's user link are read instead. */
    assignedTo: [],
    fromAddress: [],
    toAddress: [],
  },
};
