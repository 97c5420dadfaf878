import { NO_OWNER } from './no-owner';
import type { HubSpotWords } from './types';

/** HubSpot in Dutch: type, outcome and label words of its UI; sentence shapes are guesses. */
export const nl: HubSpotWords = {
  leadingTypes: [
    // A task named after its task type, one compound ("Beltaak", "E-mailtaak"), is a task.
    [/^[\w-]*taak\b/, 'task'],
    // A touch's type wording with its participle before the noun, inflected as in `inbound` and
    // `outbound`: "Gelogde e-mail", "Gelogd gesprek" (the type row of HubSpot's older record, review
    // sfhsgen), "Inkomende oproep - Verbonden", whose own wording says who reached whom.
    [/^(?:(?:gelogde?|verzonden|ontvangen|uitgaande?|inkomende?|gemiste?)\s+)+e-?mail\w*\b/, 'email'],
    [/^(?:(?:gelogde?|uitgaande?|inkomende?|gemiste?)\s+)+(?:gesprek|oproep)\b/, 'call'],
    [/^gelogde? (?:vergadering|afspraak|meeting)\b/, 'meeting'],
    [/^(?:verbonden|geen antwoord|niet (?:beantwoord|opgenomen)|voicemail|bezet|verkeerd nummer)\b/, 'call'],
  ],
  anywhereTypes: [
    [/\b(?:vergadering|afspraak|meeting)\b/, 'meeting'],
    [/\b(?:gesprek|oproep|gebeld)\b/, 'call'],
    // Dutch writes compounds as one word ("e-mailantwoord", "e-mailbericht"); "geen antwoord" is a call's outcome.
    [/\be-?mail\w*\b/, 'email'],
    [/\b(?:linkedin|inmail)\b/, 'social'],
    [/\b(?:sms|sms-bericht|whatsapp)\b/, 'sms'],
    // A reply is an email unless it names its channel ("Antwoord op uw LinkedIn-bericht");
    // denied ("Niet beantwoord") it is a call's outcome: the contact did not answer.
    [/\b(?<!geen |niet )\w*antwoord\b/, 'email'],
    [/\bnotitie\b/, 'note'],
    [/\btaak\b/, 'task'],
  ],
  iconTypes: [],
  callOutcomes: [
    [/\bniet verbonden\b/, 'no-answer'],
    [/\bverbonden\b/, 'connected'],
    // "gemist" takes an -e before a noun: "Gemiste oproep".
    [/\bgeen antwoord\b|\bniet (?:beantwoord|opgenomen)\b|\bgemiste?\b/, 'no-answer'],
    [/\bvoicemail\b/, 'voicemail'],
    [/\bbezet\b/, 'busy'],
    [/\bverkeerd nummer\b/, 'no-answer'],
  ],
  negations: ['nooit', 'niet', 'geen', 'nog'],
  meetingOutcomes: [
    [/\bniet verschenen\b/, 'no-show'],
    [/\bgeannuleerd\b/, 'cancelled'],
    [/\bvoltooid\b|\bgehouden\b/, 'held'],
    [/\bopnieuw gepland\b/, 'rescheduled'],
    [/\bgepland\b/, 'unknown'],
  ],
  // "inkomend" / "uitgaand" take an -e before a noun: "Inkomende oproep", "uitgaande e-mail".
  // A missed call is the contact's call nobody took (guess: the usual Dutch words, as en "Missed call").
  inbound: /\b(?:e-mailantwoord|beantwoord|ontvangen|inkomende?)\b|^gemiste (?:oproep|gesprek)\b/,
  outbound: /\b(?:verzonden|uitgaande?|reeks)\b/,
  // "gelogd" takes an -e before a noun: "Gelogde e-mail".
  logged: /\bgelogde?\b/,
  // Guess, written by hand: HubSpot's Dutch email event wording is not in the evidence.
  emailEvents:
    /\b(?:afgemeld|uitgeschreven|abonnementsstatus|gebounced|bounce|geopend|(?:aan)?geklikt|als spam gemarkeerd)\b/,
  automated: /\b(?:reeks(?:en)?|workflows?|geautomatiseerd)\b/,
  // A marketing email goes to a list without a person writing it, as en "Marketing email".
  automatedTypes: /\bmarketing-?e-?mail\b/,
  from: ['van'],
  to: ['aan', 'met'],
  // Guess, as Dutch mail clients label the rows: no HubSpot Dutch email preview is in the evidence.
  emailRows: ['van', 'aan', 'cc', 'bcc'],
  by: ['door', 'toegewezen aan'],
  noOwner: NO_OWNER.nl,
  didVerbs: ['heeft'],
  // A form's compounds ("Formulierinzending"); enrolled in or taken out of a sequence.
  eventFirst:
    /\b(?:bijgewerkt|gewijzigd|ingediend|formulier\w*|paginaweergaven?|levenscyclus|leadstatus|toegewezen|gekoppeld|samengevoegd|geimporteerd|(?:in|uit)geschreven|ticket)\b/,
  systemEvents:
    /\b(?:bijgewerkt|gewijzigd|ingediend|formulier\w*|paginaweergaven?|levenscyclus|leadstatus|eigenschap|toegewezen|gekoppeld|samengevoegd|geimporteerd|(?:in|uit)geschreven|ticket)\b/,
  actedFirst: ['heeft een vergadering geboekt', 'heeft gebeld'],
  // Guesses, as the booking and calling sentences: the contact's email said as her act, the participle
  // last ("Eva de Wit heeft een e-mail naar Tom Becker verzonden"), or named after the type's dash
  // ("E-mail - Verzonden door …").
  sentLast: ['verzonden', 'verstuurd', 'gestuurd'],
  sentBy: ['verzonden door'],
  upcoming: /^(?:aankomend|achterstallig)\b/,
  completed: /\bvoltooid\b/,
  stageChanges: [/\bheeft deze deal aangemaakt in (.+)$/],
  stageMoves: [/\bheeft de deal verplaatst van (.+)$/],
  stageTo: ['naar'],
  dateEntered: /^datum ingevoerd ["„“']?(.+?)["”']?$/,
  contactsHeading: /^contact(?:en|personen)?\b/,
  // Guess: HubSpot's object names (Contactpersonen, Bedrijven, Deals, Tickets, Offertes): no source shows the cards' headings.
  associations: /^(?:contact(?:en|persoon|personen)?|bedrij(?:f|ven)|deals?|tickets?|offertes?)$/,
  // Guess: the usual Dutch wordings of such a control, as the other tables' "<load> more activities"
  // ("Meer activiteiten laden", "Oudere activiteiten tonen") and the imperative "Laad meer".
  olderActivity:
    /^(?:(?:\d+ )?(?:meer|oudere)(?: activiteiten?)? (?:laden|weergeven|tonen|bekijken)|(?:laad|toon|bekijk) (?:\d+ )?(?:meer|oudere)(?: activiteiten?)?)$/,
  // Guess, as `olderActivity`.
  allActivity:
    /^(?:alle(?: \d+)? activiteiten (?:bekijken|weergeven|tonen)|(?:bekijk|toon) alle(?: \d+)? activiteiten)$/,
  // Guess: a count of replies folded into an email thread.
  foldedReplies: /^\d+ (?:antwoorden|antwoord|reacties|reactie)$/,
  // Guess: a meeting booked through a meetings link, as its header says it.
  booked: /\bgeboekt\b/,
  controls: /^(?:details|bekijken|weergeven|bewerken|openen|voorbeeld|meer|tonen|verbergen|acties|kopieren)$/,
  labels: {
    email: ['E-mail'],
    phone: ['Telefoonnummer'],
    company: ['Bedrijfsnaam'],
    contactOwner: ['Contacteigenaar'],
    createDate: ['Aanmaakdatum'],
    lastContacted: ['Laatst gecontacteerd'],
    timesContacted: ['Aantal keren gecontacteerd'],
    salesActivities: ['Aantal verkoopactiviteiten'],
    dealStage: ['Dealfase', 'Fase'],
    pipeline: ['Pipeline'],
    amount: ['Bedrag'],
    closeDate: ['Sluitingsdatum'],
    dealOwner: ['Eigenaar deal'],
    // The meeting outcome and call direction labels are HubSpot's property names (Meeting outcome,
    // Call direction) in this language as the CRM likely words them: no page in it is in the evidence.
    outcome: ['Resultaat', 'Gespreksresultaat', 'Resultaat van vergadering', 'Vergaderingsresultaat'],
    direction: ['Richting', 'Gespreksrichting'],
  },
};
