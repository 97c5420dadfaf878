import type { Outcome } from '../../../schema/activity';

/** Labels the Salesforce reader looks for, by what they name (field labels, list titles, column headings). */
export const LABEL_KEYS = [
  'contactName',
  'dealName',
  'email',
  'phone',
  'company',
  'contactOwner',
  'dealOwner',
  'lastActivity',
  'created',
  'stage',
  'amount',
  'closeDate',
  'lastStageChange',
  'stageDuration',
  'stageHistory',
  'contactRoles',
  'historyStage',
  'historyDate',
  'roleContact',
  'notes',
  'noteTitle',
  'noteDate',
  'noteOwner',
  'fieldHistory',
  'historyField',
  'historyNewValue',
  'historyUser',
  'historyWhen',
  'callResult',
  'description',
  'assignedTo',
  'fromAddress',
  'toAddress',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/**
 * What Lightning prints in one language. Sentence fragments are matched case- and
 * accent-insensitively inside the item's summary sentence ("You logged a call with …").
 */
export interface SalesforceWords {
  /** Type words on icons (`title`, `alt`, `aria-label`), assistive text and row headers. */
  typeWords: { call: string[]; email: string[]; meeting: string[]; task: string[] };
  /** First words of a Task's subject that make it a logged call or email ("Email: Case study"). */
  subjectType: { call: string[]; email: string[] };
  /** Summary-sentence fragments that name the type. */
  sentenceType: { call: string[]; email: string[]; meeting: string[] };
  /** "You have an upcoming Task": the item is open (planned). */
  upcoming: string[];
  /** "You have an overdue Task": the item is open and past its due date (a late marker, like `overdue`). */
  overdueSentence: string[];
  /** "You had a Task", "You logged a call": the item is done. */
  done: string[];
  /** "… sent you an email": received. */
  inboundEmail: string[];
  /**
   * Summary-sentence shapes: `{actor}` acted, `{other}` is who with or to, `{verb}` is any of
   * `actorVerbs` ("{actor} {verb} eine E-Mail an {other} gesendet"). English is parsed by
   * sentence.ts's own pattern, which also takes the optional and "via …" tails Lightning prints,
   * then by these shapes (the design system's "{actor} emailed {other}").
   */
  sentenceShapes: string[];
  /** The verbs that follow the actor in a summary sentence ("Jamie Patel had a Task …"). */
  actorVerbs: string[];
  /** The viewer as summary sentences name them ("You"). */
  you: string[];
  /**
   * The tail a sentence adds when it names several people ("with X and 2 others"), `{n}` standing
   * for the count: the name before it is the one person named.
   */
  othersTail: string[];
  /**
   * How a summary sentence names the record it is about, `{record}` standing for the record's name
   * ("about {record}"; crm-evidence-2.md: "'about' a related record"). Words after `{record}` close
   * the sentence and stay in it: German and Dutch put the participle last ("… zu {record}
   * protokolliert"). The record's name is the org's own text, never the sentence's wording.
   */
  relatedRecord: string[];
  /**
   * What says a tool sent an item, as a whole text of its own: a List Email's icon or assistive
   * text, an item detail's label naming the cadence that sent it ("Cadence  Q4 fleet outreach").
   */
  automation: string[];
  /**
   * Salesforce's own users no person signs in as, named as an item's actor when automation sent it
   * (a Flow's email is sent as "Automated Process"): no rep. Only where their name is known; every
   * page is also read with English's.
   */
  systemUsers?: string[];
  /** Email header rows: sender and recipients. */
  from: string[];
  to: string[];
  /** The late marker beside a task's due date ("Overdue"). */
  overdue: string[];
  /** Due-date text of a task without one. */
  noDueDate: string[];
  /**
   * Section headings of open items: the timeline's "Upcoming & Overdue" (earlier releases: "Next
   * Steps", whose empty state crm-evidence-2.md quotes), the "Open Activities" related list.
   */
  upcomingSection: string[];
  /** Past groups named relative to today ("This Month"), which say their month and year by the clock. */
  monthGroups: { previous: string[]; current: string[]; next: string[] };
  /** Assistive text of the current path step ("Current Stage"). */
  currentStep: string[];
  /** The path's placeholder step for the closed stages ("Closed"). */
  closedPlaceholder: string[];
  closedWon: string[];
  closedLost: string[];
  /**
   * The label Salesforce puts before the subject of an email logged from a mail client as a Task
   * ("Email: Rollout plan": Email-to-Salesforce, the Outlook and Gmail integrations). Only where its
   * wording is known; every page is also read with English's.
   */
  loggedEmailPrefix?: string[];
  /**
   * The label calendar sync (Outlook's, synced by Einstein Activity Capture or the Outlook
   * integration) puts before a cancelled meeting's subject in the user's language, without its
   * colon ("Abgesagt" of "Abgesagt: Pilotbesprechung"): Outlook's own wording (trust B), read at
   * the subject's start only (cancelled-subject.ts).
   */
  cancelledPrefix: string[];
  /**
   * Sales Engagement's own call results (Object Reference, ContactMonthlyMetric: calls "with the call
   * result Meaningful Connect", …), whole values by what they say of the call: `unsettled` ones do
   * not say whether anyone was reached. Only where their translation is known; an org's own values
   * are read from their wording.
   */
  callResults?: { connected: string[]; voicemail: string[]; unsettled: string[] };
  /** How a rep's call comments say how the call went (outcome.ts). */
  callComments: CallCommentWords;
  /** Call details: inbound call type. */
  inboundCall: string[];
  /**
   * How a Task's subject names a message on a channel Lightning has no type for (LinkedIn, SMS,
   * WhatsApp), and who sent it (message-subject.ts). These are reps' and messaging integrations'
   * own words, each language's usual terms: no public source lists them (trust C).
   */
  messageSubject: MessageSubjectWords;
  /** Controls below the timeline that fetch older activities ("Load More Past Activities"). */
  loadMore: string[];
  /** What a filtered timeline offers to show everything ("Show All Activities"). */
  showAll: string[];
  /** The label of the timeline's filter line ("Filters: All time • All activities • All types"). */
  filtersLabel: string[];
  /** The filter line's values that narrow nothing. */
  allFilters: string[];
  labels: Record<LabelKey, string[]>;
}

/**
 * How a logged call's comments say how it went, in one language, over lower-case text without
 * accents (connect-said.ts, outcome.ts). A comment says its outcome outright or not at all: a
 * connect counts when said last after every failure worded as this call's result, not denied, not
 * put before this call and not reaching a machine or another channel.
 */
export interface CallCommentWords {
  /** A connect said outright ("connected", "spoke with"). */
  connect: RegExp;
  /**
   * Words shortly before a connect word that deny it ("nobody reached"); in a language that puts the
   * participle last, the machine it reached too ("Mailbox erreicht").
   */
  negation: RegExp;
  /** Words shortly before a connect word that put it before this call ("we last connected"). */
  earlier: RegExp;
  /** A date or time ago after a connect word in its clause: a past connect ("connected on Oct 2"). */
  dated: RegExp;
  /** What a connect word may reach that is no person on the phone ("reached voicemail", "answered my email"). */
  noPerson: RegExp;
  /** A failure worded as how this call went ("went to voicemail", "no answer"), not a mention. */
  resultFailure: RegExp;
  /**
   * Someone who comes to the phone in the contact's stead (an assistant, the front desk, the
   * switchboard): `reached` is read on the words after a connect word ("spoke with her assistant",
   * "answered by reception"), `answered` on the few words before it with the connect word itself
   * ("the receptionist answered"; where the participle comes last, "mit der Assistentin
   * gesprochen"). Either way the call reached no contact (connect-said.ts). Where the participle
   * comes last, `answered` never reads one named beside the contact ("mit Lena und ihrer Kollegin
   * gesprochen") or the way to her ("Lena über ihr Sekretariat erreicht"). A gatekeeper word right
   * before a capitalised name, or with the name set off after it, is the contact's own job title
   * ("Spoke with Assistant Principal Ana Ortiz", "spoke with the office manager, Ana,"), unless
   * `owned` says whose it is ("her assistant Maria"); not where `titleBeforeName` is false, as in
   * German, which capitalises every noun.
   */
  gatekeeper: { reached: RegExp; answered: RegExp; owned: RegExp; titleBeforeName: boolean };
  /**
   * Words saying a gatekeeper put the rep through ("transferred to", "put me through",
   * "durchgestellt"): said after one reached, they reach the contact, unless denied or to a machine
   * ("put through to her voicemail", "auf die Mailbox durchgestellt").
   */
  putThrough: RegExp;
  /** Outcomes said outright where no connect is said last; the first that matches wins. */
  failures: readonly (readonly [RegExp, Outcome])[];
}

/** A Task subject's message wording in one language (message-subject.ts). */
export interface MessageSubjectWords {
  /**
   * Channel names that say a message at the subject's head ("LinkedIn: Intro", "WhatsApp reply from …"),
   * or beside the rep's past act (`sentVerbs`: "Sent WhatsApp to Dana", "Messaged Dana on LinkedIn").
   */
  names: { social: string[]; sms: string[] };
  /** Terms that name a message wherever they stand ("LinkedIn InMail", "Inbound SMS from …"). */
  messages: { social: string[]; sms: string[] };
  /** Words after a channel name at the head that make it a message ("LinkedIn message", "WhatsApp reply"). */
  messageWords: string[];
  /**
   * The rep's messaging act, past tense only ("sent", "messaged", "followed up"): a channel name
   * within three words of one, either side, is the channel a message went on ("WhatsApp an Dana
   * gesendet"). A plan or an order ("Send LinkedIn ad report", "Follow up: update LinkedIn URL")
   * says no message was sent.
   */
  sentVerbs: string[];
  /** Words after a sent verb that lead to its channel at any distance ("Messaged Dana Whitfield on LinkedIn"). */
  via: string[];
  /** Words that make a subject naming a channel a look-up, no message (Outreach's "LinkedIn: View a Profile"). */
  research: string[];
  /**
   * Words that make a message term (`messages`) the topic of the rep's work, not a message sent or
   * received: right before it ("Call back re SMS"), right after it ("Review SMS campaign results"),
   * or an order opening the subject ("Draft SMS"). A closed Task so named is a task.
   */
  topic: { before: string[]; after: string[]; orders: string[] };
  /**
   * What a subject opens with, its channel words set aside, when the contact sent the message or
   * placed the call ("Inbound SMS from …", "SMS received: …", "WhatsApp reply from …", "Missed call from …").
   * Only where it says who sent the message or placed the call: beside a channel word, before a
   * separator or nothing ("Missed - Dana Whitfield"), or before `from` within two words ("Received
   * voicemail from …"); "Inbound lead follow-up" is a lead that came in, the rep's call.
   */
  inbound: string[];
  /** "From" before a sender's name ("Missed call from Dana", "Antwort von …"). */
  from: string[];
}
