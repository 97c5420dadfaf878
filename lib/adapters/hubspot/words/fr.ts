import { NO_OWNER } from './no-owner';
import type { HubSpotWords } from './types';

/**
 * HubSpot in French. "Appel - Connecté passé par …" and "10 sept. 2026 à 11:53 GMT+2" are from
 * crm-evidence-2.md; the other words follow HubSpot's French UI (transaction, Phase de la
 * transaction, Réunion, Tâche); sentence shapes and the "Date entered" label are guesses.
 */
export const fr: HubSpotWords = {
  leadingTypes: [
    // A task named after its task type ("Tâche d'appel assignée à …") is a task, not the call.
    [/^tache\b/, 'task'],
    // A logged touch's type row on HubSpot's older record ("E-mail enregistré", "Appel enregistré"),
    // the participle after the noun (review sfhsgen).
    [/^(?:e-?mail|courriel) enregistre\b/, 'email'],
    [/^appel enregistre\b/, 'call'],
    [/^reunion enregistree\b/, 'meeting'],
    [/^(?:connecte|pas de reponse|n'a pas repondu|message vocal|occupe|mauvais numero)\b/, 'call'],
  ],
  anywhereTypes: [
    [/\b(?:reunion|rendez-vous)\b/, 'meeting'],
    [/\b(?:appel|appele)\b/, 'call'],
    // A contact's reply ("Camille Durand a répondu") is an email, as the English "Jordan Lee replied".
    [/\b(?:e-?mail|courriel)\b/, 'email'],
    [/\b(?:linkedin|inmail)\b/, 'social'],
    [/\b(?:sms|texto|whatsapp)\b/, 'sms'],
    // A reply is an email unless it names its channel ("a répondu à votre message LinkedIn").
    [/\ba repondu\b/, 'email'],
    [/\bnote\b/, 'note'],
    [/\btache\b/, 'task'],
  ],
  iconTypes: [],
  callOutcomes: [
    [/\b(?:non|pas) connecte\b/, 'no-answer'],
    [/\bconnecte\b/, 'connected'],
    [/\bpas de reponse\b|\bsans reponse\b|\bn'a pas repondu\b|\bmanque\b/, 'no-answer'],
    [/\bmessage vocal\b|\bmessagerie\b|\bmessage laisse\b/, 'voicemail'],
    [/\boccupe\b/, 'busy'],
    [/\bmauvais numero\b/, 'no-answer'],
  ],
  negations: ['jamais', 'pas', 'non', 'ne'],
  meetingOutcomes: [
    [/\babsen(?:t|ce)\b/, 'no-show'],
    [/\bannulee?\b/, 'cancelled'],
    [/\bterminee?\b|\beffectuee?\b|\btenue?\b/, 'held'],
    [/\breprogrammee?\b/, 'rescheduled'],
    [/\bplanifiee?\b/, 'unknown'],
  ],
  inbound: /\b(?:reponse par e-mail|a repondu|recue?|entrant)\b|^appel manque\b/,
  outbound: /\b(?:envoye|sortant|passe par|sequence)\b/,
  logged: /\benregistre\b/,
  // Guess, written by hand: HubSpot's French email event wording is not in the evidence.
  emailEvents:
    /\b(?:desabonnee?s?|desinscrite?s?|desabonnement|desinscription|statut d'abonnement|rebond|bounce|ouvert|clique|signale comme spam)\b/,
  automated: /\b(?:sequences?|workflows?|automatise|e-mail marketing)\b/,
  from: ['de'],
  to: ['a', 'avec'],
  // Guess, as French mail clients label the rows ("À :", folded): no HubSpot French email preview is in the evidence.
  emailRows: ['de', 'a', 'cc', 'cci'],
  by: ['par', 'assignee a', 'attribuee a'],
  noOwner: NO_OWNER.fr,
  didVerbs: ['a'],
  eventFirst:
    /\b(?:mis a jour|modifiee?|soumise?|soumission|formulaire|pages? vues?|cycle de vie|statut|attribuee?|associee?|fusionnee?|importee?|inscrite?|ticket)\b/,
  systemEvents:
    /\b(?:mis a jour|modifiee?|soumise?|soumission|formulaire|pages? vues?|cycle de vie|statut|propriete|attribuee?|associee?|fusionnee?|importee?|inscrite?|ticket)\b/,
  actedFirst: ['a reserve une reunion', 'a appele'],
  // Guess, as the booking and calling sentences: the contact's email said as her act ("Camille Durand a envoyé un e-mail à …").
  sentFirst: ['a envoye'],
  // Guess, as "E-mail envoyé par …": the sender named in the part after the type's dash ("E-mail - Envoyé par …").
  sentBy: ['envoye par'],
  upcoming: /^(?:a venir|en retard)\b/,
  completed: /\b(?:terminee?|effectuee?)\b/,
  stageChanges: [/\ba cree cette transaction dans (?:la phase )?(.+)$/, /^phase de la transaction ?: (.+)$/],
  stageMoves: [/\ba deplace la transaction de (.+)$/],
  stageTo: ['a', 'vers'],
  dateEntered: /^date d'entree dans ["«“']?\s?(.+?)\s?["»”']?$/,
  contactsHeading: /^contacts?\b/,
  // Guess: HubSpot's object names (Contacts, Entreprises, Transactions, Tickets, Devis): no source shows the cards' headings.
  associations: /^(?:contacts?|entreprises?|transactions?|tickets?|devis)$/,
  // Guess: no public source gives this label.
  contactsViewAll: /^(?:afficher|voir) (?:tous les|les \d+) contacts(?: associes)?(?: \(\d+\))?$/,
  olderActivity:
    /^(?:charger|afficher|voir) (?:plus|davantage|\d+ de plus|les activites (?:plus anciennes|precedentes|anterieures))(?: d'activites)?$/,
  // Guess, as `olderActivity`.
  allActivity: /^(?:voir|afficher) (?:toutes les|les \d+) activites$/,
  // Guess: a count of replies folded into an email thread.
  foldedReplies: /^\d+ (?:autres )?reponses?$/,
  // Guess: a meeting booked through a meetings link, as its header says it.
  booked: /\breservee?s?\b/,
  controls: /^(?:details|voir(?: les details)?|afficher|modifier|ouvrir|apercu|plus|masquer|actions|copier)$/,
  labels: {
    email: ['E-mail', 'Adresse e-mail'],
    phone: ['Numéro de téléphone', 'Téléphone'],
    company: ["Nom de l'entreprise", 'Entreprise'],
    contactOwner: ['Propriétaire du contact', 'Propriétaire'],
    createDate: ['Date de création'],
    lastContacted: ['Dernier contact', 'Date du dernier contact'],
    timesContacted: ['Nombre de fois contacté'],
    salesActivities: ["Nombre d'activités commerciales"],
    dealStage: ['Phase de la transaction', 'Phase'],
    pipeline: ['Pipeline'],
    amount: ['Montant'],
    closeDate: ['Date de fermeture', 'Date de clôture'],
    dealOwner: ['Propriétaire de la transaction', 'Propriétaire'],
    outcome: ['Résultat', "Résultat de l'appel", 'Résultat de la réunion', 'Statut'],
    direction: ['Direction', "Direction de l'appel"],
  },
};
