import { NO_OWNER } from './no-owner';
import type { HubSpotWords } from './types';

/**
 * HubSpot in Italian. From HubSpot's Italian help centre (knowledge.hubspot.com/it, machine
 * translated): the activity kinds ("chiamate, e-mail one-to-one, riunioni, note, attività, …
 * LinkedIn, SMS e messaggi WhatsApp"), "registrare" for logging, "trattativa" (older articles:
 * "offerta") for a deal, "Contatti" and "Aziende". The call outcomes (Connesso, Nessuna risposta, Messaggio vocale lasciato, Occupato, Numero
 * errato), meeting outcomes, the header shape "Chiamata - Connesso effettuata da …" (modelled on the
 * French "Appel - Connecté passé par …" of crm-evidence-2.md), property labels (Trattativa, Fase
 * della trattativa) and every sentence shape are guesses in the style of HubSpot's Italian UI: no
 * Italian page is in the evidence (trust C). "Attività" is HubSpot's Italian word for a task.
 */
export const it: HubSpotWords = {
  leadingTypes: [
    // A task named after its task type ("Attività di chiamata assegnata a …") is a task, not the call.
    [/^(?:attivita|compito|da fare)\b/, 'task'],
    // A logged touch's type row on HubSpot's older record ("E-mail registrata", "Chiamata registrata"),
    // the participle after the noun (review sfhsgen).
    [/^e-?mail registrat[ao]\b/, 'email'],
    [/^(?:chiamata|telefonata) registrata\b/, 'call'],
    [/^(?:riunione|incontro|appuntamento) registrat[ao]\b/, 'meeting'],
    [
      /^(?:connesso|nessuna risposta|non ha risposto|messaggio vocale|lasciato un messaggio|occupato|numero errato)\b/,
      'call',
    ],
  ],
  anywhereTypes: [
    [/\b(?:riunione|incontro|appuntamento)\b/, 'meeting'],
    [/\b(?:chiamata|telefonata|ha chiamato)\b/, 'call'],
    // "Nessuna risposta" is a call's outcome, not a reply.
    [/\be-?mail\b/, 'email'],
    [/\b(?:linkedin|inmail)\b/, 'social'],
    [/\b(?:sms|messaggio di testo|whatsapp)\b/, 'sms'],
    // A reply is an email unless it names its channel ("Risposta al messaggio LinkedIn");
    // denied ("Non ha risposto") it is a call's outcome: the contact did not answer.
    [/\b(?:(?<!nessuna )risposta|(?<!non )ha risposto)\b/, 'email'],
    [/\bnota\b/, 'note'],
    [/\b(?:attivita|compito)\b/, 'task'],
  ],
  iconTypes: [],
  callOutcomes: [
    // Not "collegato": it also means linked ("contatto collegato").
    [/\bnon connesso\b/, 'no-answer'],
    [/\bconnesso\b/, 'connected'],
    [/\bnessuna risposta\b|\bsenza risposta\b|\bnon ha risposto\b|\bpersa\b/, 'no-answer'],
    [/\bmessaggio vocale\b|\bsegreteria\b|\blasciato un messaggio\b|\bmessaggio lasciato\b/, 'voicemail'],
    [/\boccupato\b/, 'busy'],
    [/\bnumero errato\b|\bnumero sbagliato\b/, 'no-answer'],
  ],
  negations: ['mai', 'non', 'ancora'],
  meetingOutcomes: [
    [/\bmancata presentazione\b|\bnon (?:si e )?presentat[oa]\b|\bassente\b/, 'no-show'],
    [/\bannullat[oa]\b|\bcancellat[oa]\b/, 'cancelled'],
    [/\bcompletat[oa]\b|\bsvolt[oa]\b|\btenut[oa]\b/, 'held'],
    [/\bripianificat[oa]\b|\briprogrammat[oa]\b/, 'rescheduled'],
    [/\bpianificat[oa]\b|\bprogrammat[oa]\b/, 'unknown'],
  ],
  inbound: /\b(?:risposta (?:via |all')?e-?mail|ha risposto|ricevut[oa]|in entrata)\b|^chiamata persa\b/,
  outbound: /\b(?:inviat[oa]|in uscita|effettuat[oa] da|sequenza)\b/,
  logged: /\bregistrat[oa]\b/,
  // Guess, written by hand: HubSpot's Italian email event wording is not in the evidence.
  emailEvents:
    /\b(?:annullat[oa] l'iscrizione|ha annullato l'iscrizione|disiscritt[oa]|stato (?:dell')?iscrizione|rimbalzat[oa]|bounce|ha aperto|ha fatto clic|(?:e-?mail) (?:aperta|cliccata)|segnalat[oa] come spam)\b/,
  automated: /\b(?:sequenz[ae]|workflows?|flusso di lavoro|automatizzat[oa]|e-?mail di marketing)\b/,
  from: ['da'],
  to: ['a', 'con'],
  // Guess, as Italian mail clients label the rows: no HubSpot Italian email preview is in the evidence.
  emailRows: ['da', 'a', 'cc', 'ccn'],
  by: ['da', 'assegnata a', 'assegnato a'],
  noOwner: NO_OWNER.it,
  didVerbs: ['ha'],
  eventFirst:
    /\b(?:aggiornat[oa]|modificat[oa]|inviat[oa]|modulo|visualizzazion[ei] di pagina|ciclo di vita|stato del lead|assegnat[oa]|associat[oa]|unit[oa]|importat[oa]|iscritt[oa]|ticket)\b/,
  systemEvents:
    /\b(?:aggiornat[oa]|modificat[oa]|inviat[oa]|modulo|visualizzazion[ei] di pagina|ciclo di vita|stato del lead|proprieta|assegnat[oa]|associat[oa]|unit[oa]|importat[oa]|iscritt[oa]|ticket)\b/,
  actedFirst: ['ha prenotato una riunione', 'ha chiamato'],
  // Guess, as "E-mail inviata da …": the sender named in the part after the type's dash ("E-mail -
  // Inviata da …"). No `sentFirst`: "Giulia Neri ha inviato un'e-mail" opens with the form event's
  // "inviato" (`eventFirst`), read as no touch before any sender.
  sentBy: ['inviata da', 'inviato da'],
  upcoming: /^(?:in arrivo|prossim[ie]|imminenti|scadut[ie]|in ritardo)\b/,
  completed: /\bcompletat[oa]\b/,
  stageChanges: [
    /\bha creato (?:questa|la) (?:trattativa|offerta) (?:nella|in) (?:fase )?(.+)$/,
    /^fase della (?:trattativa|offerta) ?: (.+)$/,
  ],
  stageMoves: [/\bha spostato (?:la|questa) (?:trattativa|offerta) da (.+)$/],
  stageTo: ['a'],
  dateEntered: /^data di ingresso in ["«“']?(.+?)["»”']?$/,
  contactsHeading: /^contatt[oi]\b/,
  // Contatti, Aziende, Trattative as the sources above name them; Ticket, Preventivi guessed. No source shows the cards' headings.
  associations: /^(?:contatt[oi]|aziend[ae]|trattativ[ae]|ticket|preventiv[oi])$/,
  olderActivity:
    /^(?:carica|mostra|visualizza) (?:\d+ )?(?:altr[oei](?: attivita)?|(?:piu|le) attivita(?: precedenti| meno recenti)?|attivita precedenti|di piu)$/,
  // Guess, as `olderActivity`.
  allActivity: /^(?:visualizza|vedi|mostra) (?:tutte le|le \d+) attivita$/,
  // Guess: a count of replies folded into an email thread.
  foldedReplies: /^\d+ (?:risposte|risposta)(?: in piu)?$/,
  // Guess: a meeting booked through a meetings link, as its header says it.
  booked: /\bprenotat[oaie]\b/,
  controls: /^(?:dettagli|visualizza(?: dettagli)?|vedi|modifica|apri|anteprima|altro|mostra|nascondi|azioni|copia)$/,
  labels: {
    email: ['E-mail', 'Indirizzo e-mail'],
    phone: ['Numero di telefono', 'Telefono'],
    company: ["Nome dell'azienda", 'Azienda'],
    contactOwner: ['Proprietario del contatto', 'Proprietario'],
    createDate: ['Data di creazione'],
    lastContacted: ['Ultimo contatto', 'Data ultimo contatto'],
    timesContacted: ['Numero di volte contattato'],
    salesActivities: ['Numero di attività di vendita'],
    dealStage: ['Fase della trattativa', "Fase dell'offerta", 'Fase'],
    pipeline: ['Pipeline'],
    amount: ['Importo'],
    closeDate: ['Data di chiusura'],
    dealOwner: ['Proprietario della trattativa', "Proprietario dell'offerta", 'Proprietario'],
    outcome: ['Esito', 'Risultato', 'Esito della chiamata', 'Risultato della chiamata', 'Esito della riunione'],
    direction: ['Direzione', 'Direzione della chiamata'],
  },
};
