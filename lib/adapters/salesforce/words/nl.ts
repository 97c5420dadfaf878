import { AUTOMATION } from './tool-actors';
import type { SalesforceWords } from './types';

/** Who comes to the phone in the contact's stead: an assistant, a secretary, reception, the switchboard, a colleague. */
const NL_GATEKEEPER =
  "(?:assistente|assistent|secretaresse|secretariaat|receptioniste|receptie|telefoniste|telefooncentrale|centrale|collega's|collegas|collega)";

/** Dutch as Lightning's translation labels it (Fase, Bedrag, Sluitingsdatum); sentence wording is a guess in that style (trust C). */
export const nl: SalesforceWords = {
  typeWords: {
    call: ['Gesprek', 'Telefoongesprek', 'Gesprek registreren'],
    email: ['E-mail'],
    meeting: ['Gebeurtenis', 'Afspraak', 'Vergadering'],
    task: ['Taak'],
  },
  subjectType: { call: ['Gesprek', 'Telefoongesprek'], email: ['E-mail'] },
  sentenceType: {
    call: ['gesprek geregistreerd', 'een gesprek'],
    email: ['e-mail verzonden', 'een e-mail'],
    meeting: ['een gebeurtenis'],
  },
  // Outlook's label before a cancelled meeting's subject (cancelled-subject.ts).
  cancelledPrefix: ['Geannuleerd'],
  upcoming: ['aankomende'],
  overdueSentence: ['achterstallige'],
  done: ['had een', 'hadden', 'geregistreerd', 'verzonden'],
  inboundEmail: ['heeft u een e-mail gestuurd', 'heeft je een e-mail gestuurd'],
  sentenceShapes: [
    '{actor} {verb} een gesprek met {other} geregistreerd',
    '{actor} {verb} een e-mail met {other} geregistreerd',
    '{actor} {verb} een e-mail naar {other} verzonden',
    '{actor} {verb} u een e-mail gestuurd',
    '{actor} {verb} je een e-mail gestuurd',
    '{actor} {verb} een aankomende gebeurtenis met {other}',
    '{actor} {verb} een gebeurtenis met {other}',
    '{actor} {verb} een aankomende taak met {other}',
    '{actor} {verb} een taak met {other}',
  ],
  actorVerbs: ['heeft', 'hebt', 'hebben', 'had', 'hadden'],
  you: ['U', 'Je'],
  // A guess rendering English's "and {n} others" (trust C): no capture shows this language's wording.
  othersTail: ['en {n} anderen', 'en {n} andere'],
  // A guess in the sentences' style (trust C): the participle closes the sentence after the record.
  relatedRecord: ['over {record} geregistreerd', 'over {record} verzonden', 'over {record} gestuurd', 'over {record}'],
  automation: AUTOMATION.nl,
  from: ['Van'],
  to: ['Aan'],
  overdue: ['Achterstallig'],
  noDueDate: ['Geen vervaldatum'],
  upcomingSection: ['Aankomend en achterstallig', 'Openstaande activiteiten', 'Volgende stappen'],
  // A guess in the style of "This Month" (trust C): no capture shows these groups in this language.
  // A yearless group in other wording is still read as this month, else behind it (timeline-date.ts).
  monthGroups: { previous: ['Vorige maand', 'Afgelopen maand'], current: ['Deze maand'], next: ['Volgende maand'] },
  currentStep: ['Huidige fase'],
  closedPlaceholder: ['Gesloten'],
  closedWon: ['Gesloten/gewonnen', 'Gesloten gewonnen'],
  closedLost: ['Gesloten/verloren', 'Gesloten verloren'],
  // Guess, written by hand in the style of reps' comments (no source gives them, trust C): the words a
  // comment says a call connected, went to voicemail, was not answered or found the line busy with.
  callComments: {
    connect: /\b(?:verbonden|gesproken|bereikt|opgenomen)\b/,
    // The participle comes last: the machine it reached stands before it ("voicemail bereikt").
    negation: /\b(?:niet|nooit|niemand|geen|voicemail|antwoordapparaat)\b/,
    earlier: /\b(?:laatst|eerder|vorige keer)\b/,
    dated:
      /\b(?:op|in|sinds) (?:\d{1,2} )?(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b|\b(?:vorige|afgelopen) (?:week|maand|jaar|kwartaal)\b|\b\d+ (?:dagen|weken|maanden|jaar) geleden\b|\bgisteren\b/,
    noPerson:
      /^(?:(?:met|op|via|per|naar)\s+)?(?:(?:de|het|haar|zijn|mijn|een)\s+)?(?:voicemail|antwoordapparaat|e-?mail|bericht|sms|linkedin|inmail)\b/,
    resultFailure:
      /^\s*(?:voicemail|antwoordapparaat)\b|\b(?:op|naar) (?:de |het )?(?:voicemail|antwoordapparaat)\b|\bingesproken\b|\bgeen (?:antwoord|gehoor)\b|\bniet (?:opgenomen|bereikt)\b|\bniemand (?:nam op|heeft opgenomen)\b|\bin gesprek\b|^\s*bezet\s*$/,
    // "Verbonden met de centrale", "met de secretaresse gesproken", "receptie bereikt"; "via de centrale verbonden" was put through.
    gatekeeper: {
      reached: new RegExp(
        String.raw`^(?:(?:met|door|bij|naar)\s+)?(?:(?:de|het|haar|zijn|een|hun)\s+)?${NL_GATEKEEPER}\b`,
      ),
      answered: new RegExp(
        String.raw`(?<!\b(?:via|en|of) (?:(?:de|het|een|haar|zijn|hun) )?)\b${NL_GATEKEEPER}(?: (?:heeft|had|was))? (?:verbonden|gesproken|bereikt|opgenomen)$`,
      ),
      owned: /\b(?:haar|zijn|hun|mijn)\s/,
      titleBeforeName: true,
    },
    putThrough: /\b(?:doorverbonden(?: (?:met|naar))?|doorgeschakeld(?: naar)?|doorgezet(?: naar)?)\b/,
    failures: [
      [/\bvoicemail\b|\bantwoordapparaat\b|\bingesproken\b/, 'voicemail'],
      [
        /\bgeen (?:antwoord|gehoor)\b|\bniet (?:opgenomen|bereikt|verbonden)\b|\bniemand (?:nam op|heeft opgenomen)\b/,
        'no-answer',
      ],
      [/\bin gesprek\b|^\s*bezet\s*$/, 'busy'],
    ],
  },
  inboundCall: ['Inkomend'],
  messageSubject: {
    names: { social: [], sms: [] },
    messages: {
      social: ['LinkedIn-bericht', 'connectieverzoek'],
      sms: ['WhatsApp-bericht', 'sms-bericht', 'tekstbericht'],
    },
    messageWords: ['bericht', 'antwoord', 'reactie'],
    sentVerbs: ['verstuurd', 'gestuurd', 'verzonden'],
    via: ['via', 'per'],
    research: ['profiel bekijken', 'profiel bekeken', 'onderzoek'],
    topic: { before: [], after: [], orders: [] },
    inbound: ['inkomend', 'inkomende', 'ontvangen', 'antwoord van', 'reactie van', 'gemist', 'gemiste'],
    from: ['van'],
  },
  // Timeline controls and filter line: a guess from the translation's style, no capture found (trust C).
  // "Meer weergeven" for "View More": a guess from Lightning's Dutch "weergeven" for "View", no capture.
  loadMore: ['Meer eerdere activiteiten laden', 'Meer activiteiten laden', 'Meer laden', 'Meer weergeven'],
  showAll: ['Alle activiteiten weergeven', 'Alle activiteiten tonen'],
  filtersLabel: ['Filters', 'Filter'],
  allFilters: ['Alle tijden', 'Altijd', 'Alle activiteiten', 'Alle typen'],
  labels: {
    contactName: ['Naam', 'Volledige naam'],
    dealName: ['Naam opportunity', 'Naam'],
    email: ['E-mail'],
    phone: ['Telefoon', 'Mobiel'],
    company: ['Accountnaam', 'Bedrijf'],
    contactOwner: ['Eigenaar contactpersoon', 'Eigenaar lead', 'Eigenaar'],
    dealOwner: ['Eigenaar opportunity', 'Eigenaar'],
    lastActivity: ['Laatste activiteit'],
    created: ['Gemaakt door', 'Aanmaakdatum'],
    stage: ['Fase'],
    amount: ['Bedrag'],
    closeDate: ['Sluitingsdatum'],
    lastStageChange: ['Datum laatste fasewijziging'],
    stageDuration: ['Dagen in fase', 'Faseduur'],
    stageHistory: ['Fasegeschiedenis'],
    contactRoles: ['Contactrollen'],
    historyStage: ['Fase'],
    historyDate: ['Laatst gewijzigd', 'Datum laatst gewijzigd', 'Datum'],
    roleContact: ['Naam contactpersoon', 'Naam', 'Contactpersoon'],
    notes: ['Notities', 'Notities en bijlagen'],
    noteTitle: ['Titel', 'Naam'],
    noteDate: ['Aanmaakdatum', 'Laatst gewijzigd', 'Datum'],
    noteOwner: ['Gemaakt door', 'Eigenaar'],
    fieldHistory: ['Geschiedenis contactpersoon', 'Geschiedenis lead', 'Geschiedenis opportunityvelden'],
    historyField: ['Veld', 'Actie'],
    historyNewValue: ['Nieuwe waarde'],
    historyUser: ['Gebruiker'],
    historyWhen: ['Datum'],
    callResult: ['Gespreksresultaat', 'Resultaat van gesprek'],
    // An activity's Description (a Task shows it as "Comments"): a logged email's own text (logged-mail-header.ts).
    description: ['Beschrijving', 'Opmerkingen'],
    /** No documented translation found: the English label and the row's user link are read instead. */
    assignedTo: [],
    fromAddress: [],
    toAddress: [],
  },
};
