import { AUTOMATION } from './tool-actors';
import type { SalesforceWords } from './types';

/** Who comes to the phone in the contact's stead: an assistant, a secretary, reception, the switchboard, a colleague. */
const IT_GATEKEEPER =
  '(?:assistente|assistenti|segretari[aoe]?|receptionist|reception|centralinista|centralino|collega|colleghi|colleghe|portineria)';

/**
 * Italian wording shared by the second-person sentences and their ’/' spellings: Italian drops the
 * subject ("Hai registrato una chiamata con …", "you logged a call with …"), so in those shapes the
 * verb itself ("Hai", "Avevi") stands where another language names "You", and `you` lists it.
 */
const youShapes = [
  '{actor} registrato una chiamata con {other}',
  "{actor} registrato un'email con {other}",
  "{actor} inviato un'email a {other}",
  '{actor} un evento imminente con {other}',
  '{actor} avuto un evento con {other}',
  "{actor} un'attività imminente con {other}",
  "{actor} un'attività scaduta con {other}",
  "{actor} avuto un'attività con {other}",
];
const shapes = [
  '{actor} {verb} registrato una chiamata con {other}',
  "{actor} {verb} registrato un'email con {other}",
  "{actor} {verb} inviato un'email a {other}",
  "{actor} ti {verb} inviato un'email",
  '{actor} {verb} un evento imminente con {other}',
  '{actor} {verb} avuto un evento con {other}',
  "{actor} {verb} un'attività imminente con {other}",
  "{actor} {verb} un'attività scaduta con {other}",
  "{actor} {verb} avuto un'attività con {other}",
  // After the third-person shapes: "Maria Rossi ha registrato …" must not take "Maria Rossi ha" as actor.
  ...youShapes,
];

/**
 * Italian as Lightning's translation labels it. Object and field labels follow Salesforce's Italian
 * UI (Attività for Task, Evento, Chiamata, Fase, Importo, Data di chiusura, Titolare opportunità,
 * Ruoli contatto), as Salesforce's Italian guides print them; the summary sentences ("Hai registrato
 * una chiamata con …"), timeline controls and filter line are guesses in that translation's style, no
 * Italian capture was found (crm-evidence-2.md, trust C).
 */
export const it: SalesforceWords = {
  typeWords: {
    call: ['Chiamata', 'Chiamata registrata', 'Registra una chiamata'],
    email: ['Email', 'E-mail', 'Email elenco'],
    meeting: ['Evento', 'Riunione'],
    task: ['Attività'],
  },
  subjectType: { call: ['Chiamata'], email: ['Email', 'E-mail'] },
  sentenceType: {
    call: ['registrato una chiamata', 'una chiamata'],
    email: ["inviato un'email", "un'email", 'una email', "un'e-mail"],
    meeting: ['un evento'],
  },
  // Outlook's label before a cancelled meeting's subject (cancelled-subject.ts).
  cancelledPrefix: ['Annullato'],
  upcoming: ['imminente', 'imminenti'],
  overdueSentence: ['scaduta', 'scadute', 'in ritardo'],
  done: ['avuto', 'registrato', 'inviato'],
  inboundEmail: ["ti ha inviato un'email", "ti ha inviato un'e-mail", 'ti ha inviato una email'],
  // Both apostrophes: shapes keep the page's spelling (sentence-shapes.ts folds no accents or quotes).
  sentenceShapes: [...shapes, ...shapes.map((shape) => shape.replace(/'/g, '’'))],
  actorVerbs: ['ha', 'aveva', 'hanno'],
  you: ['Tu', 'Hai', 'Avevi'],
  // A guess rendering English's "and {n} others" (trust C): no capture shows this language's wording.
  othersTail: ['e altri {n}', 'e {n} altri', 'e {n} altro'],
  // A guess in the sentences' style (trust C).
  relatedRecord: ['relativo a {record}', 'su {record}'],
  automation: AUTOMATION.it,
  from: ['Da'],
  to: ['A'],
  overdue: ['Scaduta', 'Scaduto', 'In ritardo'],
  noDueDate: ['Nessuna data di scadenza'],
  upcomingSection: ['Imminenti e scadute', 'Prossime e scadute', 'Attività aperte', 'Passaggi successivi'],
  // A guess in the style of "This Month" (trust C): no capture shows these groups in this language.
  // A yearless group in other wording is still read as this month, else behind it (timeline-date.ts).
  monthGroups: {
    previous: ['Il mese scorso', 'Mese scorso'],
    current: ['Questo mese'],
    next: ['Il mese prossimo', 'Mese prossimo', 'Mese successivo'],
  },
  currentStep: ['Fase corrente', 'Fase attuale'],
  closedPlaceholder: ['Chiusa', 'Chiuso'],
  closedWon: ['Chiusa vinta', 'Chiusa e vinta', 'Chiuso/Vinto', 'Chiusa/Acquisita'],
  closedLost: ['Chiusa persa', 'Chiusa e persa', 'Chiuso/Perso'],
  // Guess, written by hand in the style of reps' comments (no source gives them, trust C): the words a
  // comment says a call connected, went to voicemail, was not answered or found the line busy with.
  callComments: {
    connect: /\b(?:connesso|connessa|parlato con|abbiamo parlato|ha risposto)\b/,
    negation: /\b(?:non|mai|nessuno)\b/,
    earlier: /\b(?:ultima volta|precedentemente|in precedenza|gia)\b/,
    dated:
      /\b(?:il|a|ad|in|da) (?:\d{1,2} )?(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)[a-z]*\b|\b(?:settimana|mese|anno|trimestre) scors[oa]\b|\b\d+ (?:giorni|settimane|mesi|anni) fa\b|\bieri\b/,
    noPerson:
      /^(?:(?:a|al|alla|in|via|per|con|su)\s+)?(?:(?:la|il|sua|suo|mia|mio|una|un)\s+)?(?:segreteria|messaggio|e-?mail|mail|sms|linkedin|inmail)\b/,
    resultFailure:
      /\b(?:scattata|andata|finita) (?:la |in )?segreteria\b|\blasciato (?:un )?messaggio\b|\bnessuna risposta\b|\bsenza risposta\b|\bnon (?:ha )?risposto\b|\bnessuno (?:ha )?risposto\b|\blinea occupata\b|^\s*(?:segreteria|occupato)\s*$/,
    // "Parlato con la sua assistente", "ha risposto il centralino", "la segretaria ha risposto".
    gatekeeper: {
      reached: new RegExp(
        String.raw`^(?:(?:con|a|al|alla|dal|dalla)\s+)?(?:(?:la|il|lo|l'|un'|sua|suo|sue|suoi|mia|mio|una|un)\s*){0,2}${IT_GATEKEEPER}\b`,
      ),
      answered: new RegExp(String.raw`\b${IT_GATEKEEPER} (?:mi |ci )?ha risposto$`),
      owned: /\b(?:sua|suo|sue|suoi|mia|mio)\s/,
      titleBeforeName: true,
    },
    putThrough: /\b(?:trasferit[oa](?: (?:a|al|alla))?|passat[oa] (?:a|al|alla)|mi ha passato|messo in contatto con)\b/,
    failures: [
      [/\bsegreteria(?: telefonica)?\b|\bmessaggio vocale\b|\blasciato (?:un )?messaggio\b/, 'voicemail'],
      [
        /\bnessuna risposta\b|\bsenza risposta\b|\bnon (?:ha )?risposto\b|\bnessuno (?:ha )?risposto\b|\bnon connesso\b/,
        'no-answer',
      ],
      [/\blinea occupata\b|^\s*occupato\s*$/, 'busy'],
    ],
  },
  inboundCall: ['In entrata', 'Entrante'],
  messageSubject: {
    names: { social: [], sms: [] },
    messages: {
      social: ['messaggio LinkedIn', 'risposta LinkedIn', 'richiesta di collegamento'],
      sms: ['messaggio WhatsApp', 'risposta WhatsApp', 'messaggio di testo'],
    },
    messageWords: ['messaggio', 'risposta'],
    sentVerbs: ['inviato', 'inviata'],
    via: ['via', 'per'],
    research: ['visualizza profilo', 'vedere il profilo', 'ricerca'],
    topic: { before: [], after: [], orders: [] },
    inbound: ['in entrata', 'entrante', 'ricevuto', 'ricevuta', 'risposta da', 'persa'],
    from: ['da', 'dal', 'dalla'],
  },
  // "Visualizza altro" for "View More": a guess from Lightning's Italian "Visualizza" for "View", no capture.
  loadMore: ['Carica altre attività passate', 'Carica altre attività', 'Carica altro', 'Visualizza altro'],
  showAll: ['Mostra tutte le attività'],
  filtersLabel: ['Filtri', 'Filtro'],
  allFilters: ['Tutte le date', 'Tutto il periodo', 'Tutte le attività', 'Tutti i tipi'],
  labels: {
    contactName: ['Nome', 'Nome completo'],
    dealName: ['Nome opportunità', 'Nome'],
    email: ['Email', 'E-mail'],
    phone: ['Telefono', 'Cellulare'],
    company: ['Nome account', 'Società'],
    contactOwner: ['Titolare contatto', 'Titolare lead', 'Titolare'],
    dealOwner: ['Titolare opportunità', 'Titolare'],
    lastActivity: ['Ultima attività'],
    created: ['Creato da', 'Data di creazione'],
    stage: ['Fase'],
    amount: ['Importo'],
    closeDate: ['Data di chiusura'],
    lastStageChange: ['Data ultima modifica fase'],
    stageDuration: ['Giorni nella fase', 'Durata fase'],
    stageHistory: ['Cronologia fasi', 'Cronologia fase'],
    contactRoles: ['Ruoli contatto', 'Ruoli del contatto'],
    historyStage: ['Fase'],
    historyDate: ['Ultima modifica', 'Data ultima modifica', 'Data'],
    roleContact: ['Nome contatto', 'Nome', 'Contatto'],
    notes: ['Note', 'Note e allegati'],
    noteTitle: ['Titolo', 'Nome'],
    noteDate: ['Data di creazione', 'Ultima modifica', 'Data'],
    noteOwner: ['Creato da', 'Titolare'],
    fieldHistory: ['Cronologia contatto', 'Cronologia lead', 'Cronologia campi opportunità'],
    historyField: ['Campo', 'Azione'],
    historyNewValue: ['Nuovo valore'],
    historyUser: ['Utente'],
    historyWhen: ['Data'],
    callResult: ['Risultato chiamata'],
    // An activity's Description (a Task shows it as "Comments"): a logged email's own text (logged-mail-header.ts).
    description: ['Descrizione', 'Commenti'],
    assignedTo: ['Assegnato a'],
    fromAddress: [],
    toAddress: [],
  },
};
