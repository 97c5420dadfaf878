import { AUTOMATION } from './tool-actors';
import type { SalesforceWords } from './types';

/** Who comes to the phone in the contact's stead: the office, an assistant, the switchboard, the front desk, a colleague. */
const DE_GATEKEEPER =
  '(?:sekretariat|sekretarin|sekretar|assistentin|assistent|assistenz|telefonzentrale|zentrale|empfang|rezeption|vorzimmer|kollegin|kollegen|kollege)';

/**
 * German as Lightning's translation prints it. Object and field labels follow Salesforce's German
 * UI (Phase, Betrag, Schlusstermin, Phasenverlauf, Kontaktrollen); the sentence wording is a
 * guess from that translation's style, no German capture was found (crm-evidence-2.md, trust C).
 */
export const de: SalesforceWords = {
  typeWords: {
    call: ['Anruf', 'Protokollierter Anruf', 'Anruf protokollieren'],
    email: ['E-Mail', 'Listen-E-Mail'],
    meeting: ['Ereignis', 'Termin', 'Besprechung'],
    task: ['Aufgabe'],
  },
  subjectType: { call: ['Anruf'], email: ['E-Mail'] },
  sentenceType: {
    call: ['einen anruf', 'anruf protokolliert'],
    email: ['e-mail gesendet', 'eine e-mail'],
    meeting: ['ein ereignis', 'anstehendes ereignis'],
  },
  // Outlook's label before a cancelled meeting's subject (cancelled-subject.ts).
  cancelledPrefix: ['Abgesagt'],
  upcoming: ['anstehende', 'anstehendes'],
  overdueSentence: ['überfällige'],
  done: ['hatten', 'hatte', 'protokolliert', 'gesendet'],
  inboundEmail: ['hat ihnen eine e-mail gesendet'],
  sentenceShapes: [
    '{actor} {verb} einen Anruf mit {other} protokolliert',
    '{actor} {verb} eine E-Mail mit {other} protokolliert',
    '{actor} {verb} eine E-Mail an {other} gesendet',
    '{actor} {verb} Ihnen eine E-Mail gesendet',
    '{actor} {verb} ein anstehendes Ereignis mit {other}',
    '{actor} {verb} ein Ereignis mit {other}',
    '{actor} {verb} eine anstehende Aufgabe mit {other}',
    '{actor} {verb} eine überfällige Aufgabe mit {other}',
    '{actor} {verb} eine Aufgabe mit {other}',
  ],
  actorVerbs: ['haben', 'hat', 'hatte', 'hatten'],
  you: ['Sie'],
  // A guess rendering English's "and {n} others" (trust C): no capture shows this language's wording.
  othersTail: ['und {n} weitere', 'und {n} weiteren', 'und {n} andere'],
  // A guess in the sentences' style (trust C): the participle closes the sentence after the record.
  relatedRecord: ['zu {record} protokolliert', 'zu {record} gesendet', 'zu {record}'],
  automation: AUTOMATION.de,
  from: ['Von'],
  to: ['An'],
  overdue: ['Überfällig'],
  noDueDate: ['Kein Fälligkeitsdatum'],
  upcomingSection: ['Anstehend und überfällig', 'Anstehend & überfällig', 'Offene Aktivitäten', 'Nächste Schritte'],
  // A guess in the style of "This Month" (trust C): no capture shows these groups in this language.
  // A yearless group in other wording is still read as this month, else behind it (timeline-date.ts).
  monthGroups: {
    previous: ['Letzten Monat', 'Letzter Monat'],
    current: ['Diesen Monat', 'Dieser Monat'],
    next: ['Nächsten Monat', 'Nächster Monat'],
  },
  currentStep: ['Aktuelle Phase'],
  closedPlaceholder: ['Geschlossen'],
  closedWon: ['Geschlossen und gewonnen', 'Geschlossen/Gewonnen'],
  closedLost: ['Geschlossen und verloren', 'Geschlossen/Verloren'],
  // Guess, written by hand in the style of reps' comments (no source gives them, trust C): the words a
  // comment says a call connected, went to voicemail, was not answered or found the line busy with.
  callComments: {
    connect: /\b(?:verbunden|erreicht|gesprochen|abgenommen)\b/,
    // The participle comes last: the machine it reached stands before it ("Mailbox erreicht", "auf Band gesprochen").
    negation: /\b(?:nicht|nie|niemand|kein(?:e|en)?|mailbox|anrufbeantworter|voicemail|band)\b/,
    earlier: /\b(?:zuletzt|letztes mal|bereits|fruher|vorher|schon|gestern)\b/,
    dated:
      /\b(?:am|im|seit) (?:\d{1,2}\. ?)?(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-z]*\b|\b(?:letzte|letzten|vergangene|vergangenen) (?:woche|monat|jahr|quartal)\b|\bvor \d+ (?:tagen|wochen|monaten|jahren)\b|\bgestern\b/,
    noPerson:
      /^(?:(?:mit|auf|per|uber|an)\s+)?(?:(?:der|die|das|dem|den|ihre[mnr]?|seine[mnr]?|meine[mnr]?|eine[mnr]?)\s+)?(?:mailbox|anrufbeantworter|voicemail|e-?mail|nachricht|sms|linkedin|inmail)\b/,
    // Busy as the line's ("Leitung besetzt", "Besetztzeichen", "Besetzt" alone), never a person's
    // ("Kurz gesprochen, sie ist gerade besetzt mit Messe" is a connect, as English "team is busy").
    resultFailure:
      /^\s*(?:mailbox|anrufbeantworter|voicemail)\b|\b(?:auf|an) (?:die |der |den )?(?:mailbox|anrufbeantworter)\b|\bnachricht hinterlassen\b|\bauf band gesprochen\b|\bkeine antwort\b|\bnicht (?:erreicht|abgenommen|rangegangen)\b|\bniemand (?:hat )?(?:abgenommen|geantwortet)\b|\b(?:leitung|anschluss|nummer|es) (?:war |ist )?besetzt\b|\bbesetzt(?:zeichen|ton)\b|^\s*(?:war )?besetzt\s*$/,
    // "Verbunden mit der Zentrale", "mit der Assistentin gesprochen", "Sekretärin hat abgenommen"; "über die Zentrale
    // verbunden" and "Lena durch die Zentrale erreicht" were put through, "mit Lena und ihrer Kollegin gesprochen" reached her.
    gatekeeper: {
      reached: new RegExp(
        String.raw`^(?:(?:mit|an|bei|von)\s+)?(?:(?:der|die|das|dem|den|ihre[mnrs]?|seine[mnrs]?|eine[mnrs]?)\s+)?${DE_GATEKEEPER}\b`,
      ),
      answered: new RegExp(
        String.raw`(?<!\b(?:uber|via|durch|und|oder|sowie) (?:(?:die|den|das|der|dem|ein|eine[mnrs]?|ihr|ihre[mnrs]?|sein|seine[mnrs]?) )?)\b${DE_GATEKEEPER}(?: (?:hat|hatte|war))? (?:verbunden|erreicht|gesprochen|abgenommen)$`,
      ),
      owned: /\b(?:ihr|ihre[mnrs]?|sein|seine[mnrs]?|mein|meine[mnrs]?)\s/,
      // Every noun is capitalised: a capital letter sets no name apart.
      titleBeforeName: false,
    },
    // "Zu Lena durchgestellt", "weitergeleitet zu Lena"; "auf die Mailbox durchgestellt" reached a machine (negation).
    putThrough: /\b(?:durchgestellt|weitergeleitet(?: (?:zu|an))?|weiterverbunden|weitervermittelt)\b/,
    failures: [
      [
        /\bmailbox\b|\bvoicemail\b|\banrufbeantworter\b|\bnachricht hinterlassen\b|\bauf band gesprochen\b/,
        'voicemail',
      ],
      [
        /\bkeine antwort\b|\bnicht (?:erreicht|verbunden|abgenommen|rangegangen)\b|\bniemand (?:hat )?(?:abgenommen|geantwortet)\b/,
        'no-answer',
      ],
      [/\bbesetzt\b/, 'busy'],
    ],
  },
  inboundCall: ['Eingehend'],
  messageSubject: {
    names: { social: [], sms: [] },
    messages: {
      social: ['LinkedIn-Nachricht', 'Kontaktanfrage', 'Vernetzungsanfrage'],
      sms: ['WhatsApp-Nachricht', 'Textnachricht'],
    },
    messageWords: ['Nachricht', 'Antwort'],
    sentVerbs: ['gesendet', 'geschickt', 'angeschrieben', 'nachgefasst'],
    via: ['via', 'per', 'über'],
    research: ['Profil ansehen', 'Profil angesehen', 'recherchieren', 'Recherche'],
    topic: { before: [], after: [], orders: [] },
    inbound: [
      'eingehend',
      'eingehende',
      'eingehender',
      'erhalten',
      'empfangen',
      'Antwort von',
      'verpasst',
      'verpasster',
    ],
    from: ['von'],
  },
  // Timeline controls and filter line: a guess from the translation's style, no capture found (trust C);
  // the last load words stand for "View More".
  loadMore: [
    'Weitere vergangene Aktivitäten laden',
    'Weitere Aktivitäten laden',
    'Mehr laden',
    'Mehr anzeigen',
    'Weitere anzeigen',
  ],
  showAll: ['Alle Aktivitäten anzeigen'],
  filtersLabel: ['Filter'],
  allFilters: ['Gesamter Zeitraum', 'Alle Zeiträume', 'Alle Aktivitäten', 'Alle Typen'],
  labels: {
    contactName: ['Name', 'Vollständiger Name'],
    dealName: ['Opportunity-Name', 'Name'],
    email: ['E-Mail'],
    phone: ['Telefon', 'Mobiltelefon'],
    company: ['Accountname', 'Firma'],
    contactOwner: ['Kontaktinhaber', 'Lead-Inhaber', 'Inhaber'],
    dealOwner: ['Opportunity-Inhaber', 'Inhaber'],
    lastActivity: ['Letzte Aktivität'],
    created: ['Erstellt von', 'Erstellungsdatum'],
    stage: ['Phase'],
    amount: ['Betrag'],
    closeDate: ['Schlusstermin'],
    lastStageChange: ['Datum der letzten Phasenänderung'],
    stageDuration: ['Tage in Phase', 'Phasendauer'],
    stageHistory: ['Phasenverlauf'],
    contactRoles: ['Kontaktrollen', 'Opportunity-Kontaktrollen'],
    historyStage: ['Phase'],
    historyDate: ['Zuletzt geändert', 'Datum der letzten Änderung', 'Datum'],
    roleContact: ['Kontaktname', 'Name', 'Kontakt'],
    notes: ['Notizen', 'Notizen und Anhänge'],
    noteTitle: ['Titel', 'Name'],
    noteDate: ['Erstellungsdatum', 'Zuletzt geändert', 'Datum'],
    noteOwner: ['Erstellt von', 'Inhaber'],
    fieldHistory: ['Kontaktverlauf', 'Lead-Verlauf', 'Opportunity-Feldverlauf'],
    historyField: ['Feld', 'Aktion'],
    historyNewValue: ['Neuer Wert'],
    historyUser: ['Benutzer'],
    historyWhen: ['Datum'],
    callResult: ['Anrufergebnis'],
    // An activity's Description (a Task shows it as "Comments"): a logged email's own text (logged-mail-header.ts).
    description: ['Beschreibung', 'Kommentare'],
    /** No documented translation found: the English label and the row's user link are read instead. */
    assignedTo: [],
    fromAddress: [],
    toAddress: [],
  },
};
