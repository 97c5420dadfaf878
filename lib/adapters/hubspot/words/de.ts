import { NO_OWNER } from './no-owner';
import type { HubSpotWords } from './types';

/**
 * HubSpot in German. Type and outcome words follow HubSpot's German UI (Anruf, Notiz, Aufgabe;
 * Verbunden, Besetzt); the sentence shapes and the "Date entered" label are guesses written by
 * hand, not copied from a live page (crm-evidence-2.md has only French and English wording).
 */
export const de: HubSpotWords = {
  leadingTypes: [
    // A task named after its task type, one compound ("Anruf-Aufgabe", "E-Mail-Aufgabe" as the table's own
    // "E-Mail-Antwort"), is a task, not the call or the email.
    [/^[\w-]*aufgabe\b/, 'task'],
    // A touch's type wording with its participle before the noun, inflected as in `inbound`,
    // `outbound` and `logged`: "Protokollierte E-Mail", "Protokollierter Anruf" (the type row of HubSpot's older
    // record, review sfhsgen), "Eingehender Anruf - Verbunden", whose own wording says who reached whom.
    [/^(?:(?:protokolliert|gesendet|gesandt|empfangen|ausgehend|eingehend)(?:e[mnrs]?)?\s+)+e-?mail\b/, 'email'],
    [/^(?:(?:protokolliert|ausgehend|eingehend|verpasst|getatigt)(?:e[mnrs]?)?\s+)+(?:anruf|telefonat)\b/, 'call'],
    [/^protokolliert(?:e[mnrs]?)? (?:meeting|besprechung|termin)\b/, 'meeting'],
    [
      /^(?:verbunden|keine antwort|nicht erreicht|nicht (?:geantwortet|angenommen)|nachricht hinterlassen|mailbox|besetzt|falsche nummer)\b/,
      'call',
    ],
  ],
  anywhereTypes: [
    [/\b(?:meeting|besprechung|termin)\b/, 'meeting'],
    [/\b(?:anruf|telefonat|angerufen)\b/, 'call'],
    // "Keine Antwort" is a call's outcome, not a reply; a contact's reply ("Lena Vogt hat geantwortet") is an email.
    [/\be-?mail\b/, 'email'],
    [/\b(?:linkedin|inmail)\b/, 'social'],
    [/\b(?:sms|textnachricht|whatsapp)\b/, 'sms'],
    // A reply is an email unless it names its channel ("Antwort auf Ihre LinkedIn-Nachricht");
    // denied ("Nicht geantwortet") it is a call's outcome: the contact did not answer.
    [/\b(?:(?<!keine )antwort|(?<!nicht )geantwortet)\b/, 'email'],
    [/\bnotiz\b/, 'note'],
    [/\baufgabe\b/, 'task'],
  ],
  iconTypes: [],
  callOutcomes: [
    [/\bnicht verbunden\b/, 'no-answer'],
    [/\bverbunden\b/, 'connected'],
    [/\bkeine antwort\b|\bnicht (?:erreicht|geantwortet|angenommen)\b|\bverpasst\b/, 'no-answer'],
    [/\bmailbox\b|\bvoicemail\b|\bnachricht hinterlassen\b/, 'voicemail'],
    [/\bbesetzt\b/, 'busy'],
    [/\bfalsche nummer\b/, 'no-answer'],
  ],
  negations: ['nie', 'niemals', 'nicht', 'noch', 'kein', 'keine'],
  meetingOutcomes: [
    [/\bnicht erschienen\b/, 'no-show'],
    [/\babgesagt\b|\bstorniert\b/, 'cancelled'],
    [/\babgeschlossen\b|\bstattgefunden\b|\bdurchgefuhrt\b/, 'held'],
    [/\bverschoben\b/, 'rescheduled'],
    [/\bgeplant\b/, 'unknown'],
  ],
  // Participles take an ending before a noun: "Eingehender Anruf", "ausgehende E-Mail", "Gesendete
  // E-Mail", "Protokollierte E-Mail".
  inbound: /\b(?:e-mail-antwort|geantwortet|empfangen(?:e[mnrs]?)?|eingehend(?:e[mnrs]?)?)\b|^verpasster anruf\b/,
  outbound: /\b(?:(?:gesendet|gesandt|ausgehend|getatigt)(?:e[mnrs]?)?|sequenz)\b/,
  logged: /\bprotokolliert(?:e[mnrs]?)?\b/,
  // Guess, written by hand: HubSpot's German email event wording is not in the evidence.
  emailEvents:
    /\b(?:abgemeldet|abmeldung|abbestellt|abonnementstatus|unzustellbar|bounce|gebounced|zuruckgewiesen|geoffnet|geklickt|als spam markiert)\b/,
  automated: /\b(?:sequenz(?:en)?|workflows?|automatisiert|marketing-e-mail)\b/,
  from: ['von'],
  to: ['an', 'mit'],
  // Guess, as German mail clients label the rows: no HubSpot German email preview is in the evidence.
  emailRows: ['von', 'an', 'cc', 'bcc'],
  by: ['von', 'zugewiesen an'],
  noOwner: NO_OWNER.de,
  didVerbs: ['hat'],
  // A form's compounds ("Formulareinsendung", "Formularübermittlung"); enrolled in a sequence ("eingeschrieben").
  eventFirst:
    /\b(?:aktualisiert|geandert|eingereicht|formular\w*|eingeschrieben|seitenaufrufe?|lebenszyklus|lead-status|zugewiesen|zugeordnet|zusammengefuhrt|importiert|registriert|ticket)\b/,
  systemEvents:
    /\b(?:aktualisiert|geandert|eingereicht|formular\w*|eingeschrieben|seitenaufrufe?|lebenszyklus|lead-status|eigenschaft|zugewiesen|zugeordnet|zusammengefuhrt|importiert|registriert|ticket)\b/,
  actedFirst: ['hat ein meeting gebucht', 'hat angerufen'],
  // Guesses, as the booking and calling sentences: the contact's email said as her act, the participle
  // last ("Lena Vogt hat eine E-Mail an Tom Becker gesendet"), or named after the type's dash ("E-Mail -
  // Gesendet von …").
  sentLast: ['gesendet', 'gesandt', 'geschickt'],
  sentBy: ['gesendet von'],
  upcoming: /^(?:anstehend|bevorstehend|uberfallig)\b/,
  completed: /\b(?:erledigt|abgeschlossen)\b/,
  stageChanges: [/\bhat (?:den|diesen) deal in (?:der phase )?(.+?) erstellt/, /^deal-phase: (.+)$/],
  stageMoves: [/\bhat (?:den|diesen) deal von (.+?) verschoben/],
  stageTo: ['nach', 'in', 'zu'],
  dateEntered: /^datum des eintritts in ["„“']?(.+?)["“”']?$/,
  contactsHeading: /^kontakte?\b/,
  // Guess: HubSpot's object names (Kontakte, Unternehmen, Deals, Tickets, Angebote): no source shows the cards' headings.
  associations: /^(?:kontakte?|unternehmen|deals?|tickets?|angebote?)$/,
  // Guess: no public source gives this label.
  contactsViewAll: /^alle (?:\d+ )?(?:zugeordneten |verknupften )?kontakte (?:anzeigen|ansehen)(?: \(\d+\))?$/,
  olderActivity: /^(?:\d+ )?(?:mehr|weitere|altere)(?: (?:aktivitaten|eintrage|ereignisse))? (?:laden|anzeigen)$/,
  // Guess, as `olderActivity`.
  allActivity: /^alle(?: \d+)? aktivitaten (?:anzeigen|ansehen)$/,
  // Guess: a count of replies folded into an email thread.
  foldedReplies: /^\d+ (?:weitere )?antworten?$/,
  // Guess: a meeting booked through a meetings link, as its header says it.
  booked: /\bgebucht\b/,
  controls: /^(?:details|anzeigen|ansehen|bearbeiten|offnen|vorschau|mehr|ausblenden|aktionen|kopieren)$/,
  labels: {
    email: ['E-Mail'],
    phone: ['Telefonnummer', 'Mobiltelefonnummer'],
    company: ['Name des Unternehmens', 'Unternehmen'],
    contactOwner: ['Kontaktinhaber', 'Inhaber'],
    createDate: ['Erstellungsdatum'],
    lastContacted: ['Zuletzt kontaktiert'],
    timesContacted: ['Anzahl der Kontaktaufnahmen'],
    salesActivities: ['Anzahl der Vertriebsaktivitäten'],
    dealStage: ['Deal-Phase', 'Phase'],
    pipeline: ['Pipeline'],
    amount: ['Betrag'],
    closeDate: ['Abschlussdatum'],
    dealOwner: ['Deal-Inhaber', 'Inhaber'],
    outcome: ['Ergebnis', 'Anrufergebnis', 'Meeting-Ergebnis', 'Status'],
    direction: ['Richtung', 'Anrufrichtung'],
  },
};
