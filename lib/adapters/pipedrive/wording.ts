import type { Outcome } from '../../schema/activity';
import { NO_OWNER } from './no-owner-words';

/**
 * Pipedrive's own wording per interface language: activity type names, feed words, field labels.
 * English from crm-evidence-2.md and the demo; the other languages follow Pipedrive's translated
 * help centre where it names the term (German "Datum der letzten Aktivität"), else they are the
 * common product wording for the same term (guess). A page is read with its own language's words
 * and English together: custom types and untranslated parts stay English on localised tenants.
 */
export interface Wording {
  /** Default activity types (Call, Meeting, Task, Deadline, Email, Lunch) as icons and labels name them. */
  types: Record<'call' | 'meeting' | 'task' | 'email', readonly string[]>;
  note: readonly string[];
  change: readonly string[];
  file: readonly string[];
  /**
   * What a Pipedrive Campaigns mail's icon is named in a person's History ("Campaign"): a bulk mail
   * the campaign sent, outbound and automated (classify-activity.ts). The product's name in each
   * language (Pipedrive's help centre: Campaigns, Kampagnen); the icon's wording is a guess.
   */
  campaign: readonly string[];
  /** Mail direction words on synced mail ("Received", "Sent"). */
  received: readonly string[];
  sent: readonly string[];
  /** Sender and recipient line labels ("From:", "To:"). */
  from: readonly string[];
  to: readonly string[];
  /** Anywhere in a call's subject or label, these say the contact called ("Incoming call", "Chamada recebida"). */
  incomingCall: readonly string[];
  /**
   * What opens the subject of a call the contact made ("Call from Maya", "Anruf von Maya"): only at
   * its start, since "the call from Monday" is no direction. Empty where the language's "from" also opens the rep's own calls: French "Appel de
   * suivi", Spanish "Llamada de seguimiento", Portuguese "Ligação de follow-up" (de: of), Dutch
   * "Gesprek van 30 minuten"; their received-call words say it instead (incomingCall).
   */
  callFrom: readonly string[];
  /**
   * Words that, right after a callFrom opening, say what the call is rather than who made it:
   * Italian "Chiamata da fare" (a call to make), "da remoto" (remote).
   */
  notCaller: readonly string[];
  /**
   * Whole words in a company's own type names that say the type ("Telefonat", "Relance
   * téléphonique", "Visio"), compared without accents (classify-activity.ts typeOfName); the default
   * types' own names are read apart (types). Only words whose meaning is that type alone, never a
   * word's beginning: "Besuchsbericht schreiben" (a visit report) and "Telefonnummer prüfen" are tasks.
   */
  typeNameWords: Partial<Record<'call' | 'meeting', readonly string[]>>;
  /**
   * What opens the subject of a call the contact made and nobody took ("Missed call from Maya"):
   * it came in. Only at the start: "Returning Maya's missed call" is the rep's.
   */
  missedCall: readonly string[];
  /**
   * Words in a missed call's subject saying the rep returned it ("Missed call – called back, left
   * VM"): the activity logs the rep's call back, outbound. Past tense only: "will call back" is a
   * plan, the missed call still came in. A guess in the usual wording, no source shows it.
   */
  calledBack: readonly string[];
  done: readonly string[];
  planned: readonly string[];
  /**
   * A synced mail's badge saying it is to go out later ("Scheduled"): planned, no touch yet
   * (classify-activity.ts). Guesses in the usual product words: no source shows Pipedrive's.
   */
  scheduledMail: readonly string[];
  /**
   * How a mail thread's size reads beside its subject, "#" for the count ("3 messages"), as mail
   * lists show a conversation: plurals only (a thread of one folds nothing away). Guesses in the
   * usual product words: no source shows Pipedrive's (crm-evidence-2.md).
   */
  threadSize: readonly string[];
  /** The History filter chip that shows every kind of entry (crm-evidence-2.md: `filter-button-all`). */
  allFilter: readonly string[];
  /** How the label of a control below the feed that fetches older entries begins. */
  showMore: readonly string[];
  /**
   * How a status line below the feed that says more entries are on their way begins ("Loading…").
   * Guesses, the usual product words: no source shows Pipedrive's.
   */
  loading: readonly string[];
  /**
   * An item's action buttons drawn with their text ("Edit activity", "Reply all", "Mark as
   * complete"): controls, never the item's subject (control-button.ts). All guesses, the usual
   * product words: no source shows Pipedrive's action buttons with their text.
   */
  controls: readonly string[];
  /**
   * The name the feed gives the person viewing it where an owner stands ("Nov 18 · You"): no user's
   * name, so no owner is read and the user's "your name in this CRM" setting stands in
   * (decisions.md, as for Salesforce's "You"). Guesses in each language ("Sie", "Vous", "Tú"): no
   * source shows what a page says; read as a rep, the pronoun is a rep named "Sie".
   */
  viewer: readonly string[];
  /**
   * Words before the name in an item's owner segment ("by Max Müller", "Assigned to …", "Owner: …"):
   * dropped, the name is the owner (item-owner.ts). Guesses in the usual product words: no source
   * shows Pipedrive's meta line with a label; a segment still no bare name is not read as a rep.
   */
  ownerLabels: readonly string[];
  /**
   * What an owner field or an item's owner place shows when nobody owns it ("(No owner)",
   * "Unassigned"): read as no owner (lib/adapters/no-owner.ts), never a rep's name.
   */
  noOwner: readonly string[];
  /**
   * What an entry about a synced mail says where the mail was opened or a link in it clicked
   * ("Lena Vogt opened your email <thread>", "clicked a link in"): a tracking event, no mail
   * (mail-tracking.ts). Pipedrive's feature names (open and click tracking) in the usual product
   * wording; no source shows how the feed words such an entry, so every phrase is a guess.
   */
  mailTracking: readonly string[];
  /**
   * How a tracking line under a synced mail opens where it names nobody ("Opened 3 times · last Nov
   * 17", "Link clicked · Nov 17"): a line of the mail, no entry (tracking-lines.ts). Guesses, like
   * mailTracking.
   */
  mailTrackingUnnamed: readonly string[];
  /**
   * The pronouns a writer names herself by ("I", "we", "ich"): a sentence starting "I clicked a link
   * in your proposal" is her mail's text, no tracking event's subject (mail-tracking.ts). Compared
   * whole and in any case, an elided form by what stands before its apostrophe ("I've" → "I").
   * Subjects only: possessives ("ma", "mia") are also people's names (Jack Ma, Mia Rossi).
   */
  firstPerson: readonly string[];
  /**
   * A mail server's report that a mail was not delivered, filed by mail sync in the rep's thread
   * (bounce-notice.ts): no one's mail. `addresses`: the local parts of the mailboxes that send such
   * reports (RFC 5321's postmaster, the Unix mailer-daemon), a person's never; alone they say it.
   * `senders`: the display names mail servers give them ("Mail Delivery Subsystem" from Gmail,
   * Exchange's "Microsoft Outlook"), and `subjects`: how such a report's subject opens ("Delivery
   * Status Notification (Failure)", Exchange's "Undeliverable: …"); a subject counts only from
   * such a sender or with no sender shown, so a person's mail is never taken for one. English's
   * from the servers' own texts; other languages' Exchange subjects are the commonly seen ones, a
   * guess: no source shows a Pipedrive feed with a bounce.
   */
  bounce: Record<'addresses' | 'senders' | 'subjects', readonly string[]>;
  /**
   * A thread's control or line counting its older messages folded away ("2 earlier messages", "Show
   * 2 more messages"), `#` standing for the count (folded-messages.ts). Guesses in the usual
   * conversation-view words: no source shows Pipedrive's.
   */
  foldedMessages: readonly string[];
  /** Feed section headings: Focus holds planned activities and pinned items. */
  focus: readonly string[];
  /**
   * Headers Focus groups its planned activities under by when they are due ("Overdue", "Today",
   * "Tomorrow"): they open no section of their own, so what stands under them is still in Focus.
   * Guesses in the usual product words (no source shows Focus grouped); a day alone ("Today") is a
   * day header already (day-header.ts), listed here all the same so the group reads as one.
   */
  focusGroups: readonly string[];
  /**
   * The title of the feed's section of done activities, mail, notes and changes, below Focus. No
   * source shows its markup (crm-evidence-2.md), so it may be no heading element at all.
   */
  history: readonly string[];
  /** Call outcomes, checked in this order (so "Nicht erreicht" is no answer before "Erreicht" is connected). */
  outcomes: Partial<Record<Outcome, readonly string[]>>;
  /**
   * Labels before a call's outcome where it shares a line with other facts ("Duration 04:12 ·
   * Outcome: Connected"): only these, never any label, so a rep's "Notes: voicemail box was full"
   * states no outcome (outcomes.ts). No source shows Pipedrive's label: every word is the usual product
   * wording (guess).
   */
  outcomeLabels: readonly string[];
  /**
   * Phrases that open with a connect word yet say the rep only tried to get in touch: "Reached out
   * about renewal" titles a call made, not one that got through, so its result is unknown unless
   * other words say it. Only English has such a trap: German "Erreicht", French "Joint" and Italian
   * "Raggiunto" open no phrase for trying (theirs are "kontaktiert", "contacté", "contattato").
   */
  attemptPhrases: readonly string[];
  /**
   * Words that join an attempt phrase to what came of it ("Reached out and spoke with Dana",
   * "Reached out but no answer"): the outcome is read from the word after them.
   */
  attemptLinks: readonly string[];
  /**
   * Who comes to the phone in the contact's stead (an assistant, the front desk, the switchboard): a
   * connect word reaching one ("Spoke with her assistant", "Connected with the switchboard") reached
   * no contact (outcomes.ts). The usual words for them in each language (guess: reps' own wording).
   */
  gatekeepers: readonly string[];
  /** Words that may stand between a connect word and who it reached ("with", "the", "her"). */
  gatekeeperLeads: readonly string[];
  /**
   * The leads that say whose a gatekeeper is ("her", "sa"): "her assistant Maria" is someone's
   * assistant, while "the office manager Ana" and "Assistant Principal Ana Ortiz" are the contact's
   * own job title, a gatekeeper word right before a capitalised name (outcomes.ts).
   */
  gatekeeperOwners: readonly string[];
  /** Whether a capital letter sets a name apart: not in German, which capitalises every noun. */
  capitalNames: boolean;
  /**
   * Words saying the gatekeeper put the rep through ("transferred to", "put me through",
   * "durchgestellt"): said after one was reached, the rep then spoke with whoever they lead to
   * (outcomes.ts). Guess: reps' usual wording, no source lists it.
   */
  putThrough: readonly string[];
  /** Words shortly before a put-through word that deny it ("couldn't put me through"). */
  denials: readonly string[];
  /**
   * What a done meeting's text says when it was not held ("No-show — rescheduling", "Product demo –
   * rescheduled": a rep who moves a meeting closes the old activity and books a new one). The
   * rescheduled words are those of HubSpot's meeting outcome in each language (hubspot/words), and
   * count only set apart after the subject (outcomes.ts): "Rescheduled demo" names the new meeting.
   */
  meetingOutcomes: Partial<Record<'no-show' | 'cancelled' | 'rescheduled', readonly string[]>>;
  /**
   * Words saying a meeting took place, HubSpot's held outcome in each language (hubspot/words): after
   * a rescheduled word ("Demo (rescheduled) – held") they say the moved meeting happened after all.
   */
  meetingHeld: readonly string[];
  /**
   * Tags of mail and activities sent by a sequence, automation or campaign ("Sequence: Q4 outreach").
   * Each counts only as such a tag: a badge of the word alone, or the word before a colon (prose such as
   * "the campaign numbers" or Dutch "reeks" is not). A trailing colon here is optional.
   */
  automation: readonly string[];
  /** The deal field a changelog row names for a stage change ("Stage: A → B"). */
  stageField: readonly string[];
  /**
   * A changelog line that says the stage moved in words: the word after the stage field ("Stage
   * changed: A → B", "Stage changed from A to B") and the words before the stage left and the one
   * entered. Guesses in every language (no source shows such a line), the participles those the
   * heading form "Etapa cambiada" over "A → B" already uses.
   */
  /**
   * A stage move said in words: "changed", "from", "to", and `deal`, what may name the deal itself
   * before "changed" ("Deal moved to Proposal"); any other name there is another field's change
   * ("Next step changed to Proposal", "Label changed to Demo"). The deal words are guesses.
   */
  stageMove: Record<'changed' | 'from' | 'to' | 'deal', readonly string[]>;
  /**
   * The words for "to" before the stage entered in a move said with its participle last, as German
   * and Dutch put it ("Deal in Phase Verhandlung verschoben", "Phase von Angebot in Verhandlung
   * geändert", "Deal naar Onderhandeling verplaatst"); the participle is one of `stageMove.changed`.
   * Empty in a language that says "changed" first. Guesses, like `stageMove`.
   */
  stageMoveLast: readonly string[];
  /**
   * How a feed entry saying the deal was won or lost begins ("Deal lost: No budget"): the day the deal
   * closed where the page shows no Won or Lost time. Guesses (no source shows the entry's wording).
   */
  closedEntry: Record<'won' | 'lost', readonly string[]>;
  /**
   * The tail of an activity's participants line naming some and counting the rest ("Jonas Weber, Mia
   * Kraus and 1 other"), `{n}` the count; a bare "+1" is every language's. Guesses.
   */
  moreParticipants: readonly string[];
  /** The unit of the stage bar's day prefix ("3 d · Qualified"). */
  dayUnits: readonly string[];
  won: readonly string[];
  lost: readonly string[];
  /**
   * The mark of an idle open deal ("Rotting for 5 days"). German from Pipedrive's help centre
   * ("Die Stagnations-Funktion": "stagnierend", "stagniert"); empty where no source names it.
   */
  rotting: readonly string[];
  /** Words before an item's date ("Due", "Done"). */
  datePrefixes: readonly string[];
  /** Units of an activity's duration shown beside its date ("30 min", "1 h", "1 Std.", a call's "2m 35s"). */
  durationUnits: readonly string[];
  /** What follows the record name in the tab title ("<deal> - Deals"). */
  titleSuffixes: readonly string[];
  /** The kind shown after an email or phone value ("(Work)"). */
  valueKinds: readonly string[];
  labels: Record<LabelKey, readonly string[]>;
}

export type LabelKey =
  | 'email'
  | 'phone'
  | 'organization'
  | 'owner'
  | 'personCreated'
  | 'dealCreated'
  | 'value'
  | 'currency'
  | 'pipeline'
  | 'stage'
  | 'closeDate'
  | 'wonTime'
  | 'closedOn'
  | 'lostTime'
  | 'status'
  | 'lastActivity'
  | 'nextActivity'
  | 'persons';

const en: Wording = {
  types: {
    call: ['Call', 'Phone call'],
    meeting: ['Meeting', 'Lunch'],
    task: ['Task', 'Deadline'],
    email: ['Email', 'E-mail'],
  },
  note: ['Note'],
  change: ['Changelog', 'Change', 'Deal updated'],
  file: ['File', 'Document'],
  campaign: ['Campaign', 'Campaigns'],
  received: ['Received', 'Incoming'],
  sent: ['Sent', 'Outgoing'],
  from: ['From'],
  to: ['To', 'Cc'],
  // Anywhere in a subject ("Callback – incoming call from Maya"); "Call from …" only at its start: activity-direction.ts.
  incomingCall: ['Incoming call', 'Inbound call', 'Received call'],
  callFrom: ['Call from'],
  notCaller: [],
  // English's are classify-activity.ts typeOfName's own patterns ("phone", "video", "demo").
  typeNameWords: {},
  missedCall: ['Missed call'],
  calledBack: [
    'called back',
    'called her back',
    'called him back',
    'called them back',
    'returned the call',
    'returned call',
  ],
  done: ['Done', 'Completed', 'Mark as not done'],
  planned: ['Planned', 'Upcoming', 'Overdue', 'To do', 'Mark as done'],
  scheduledMail: ['Scheduled', 'Scheduled to send'],
  threadSize: ['# messages', '# emails', '# e-mails'],
  viewer: ['You'],
  noOwner: NO_OWNER.en,
  ownerLabels: ['Assigned to', 'Assignee', 'Owner', 'Added by', 'Created by', 'Done by', 'by'],
  allFilter: ['All'],
  loading: ['Loading'],
  // Labels begin with these ("Load more activities", "Show older activity", "See all activities (14)"): a
  // guess, no source shows Pipedrive's. "See all" alone is not one: a sidebar card's "See all" lists its own records.
  showMore: [
    'Show more',
    'Load more',
    'Show older',
    'Load older',
    'See more',
    'View more',
    'See older',
    'View older',
    'See all activities',
    'View all activities',
    'Show all activities',
    // "Show earlier activities": guesses too, the same verbs with "earlier" or "previous".
    'Show earlier',
    'Load earlier',
    'See earlier',
    'View earlier',
    'Show previous',
    'Load previous',
  ],
  controls: [
    'Edit',
    'Edit activity',
    'Edit note',
    'Delete',
    'Delete activity',
    'Delete note',
    'Reply',
    'Reply all',
    'Reply to all',
    'Forward',
    'Mark as complete',
    'Mark as completed',
    'Mark as incomplete',
    'Mark as not complete',
    'Add follow-up',
    'Add follow-up activity',
    'Schedule follow-up',
    'Schedule an activity',
  ],
  mailTracking: [
    'opened your email',
    'opened the email',
    'opened this email',
    'opened your e-mail',
    'opened this e-mail',
    'opened the e-mail',
    'clicked a link in',
    'clicked a link',
    'clicked the link in',
    'clicked on a link in',
  ],
  mailTrackingUnnamed: ['Opened', 'Link clicked', 'Clicked'],
  firstPerson: ['I', 'we'],
  bounce: {
    addresses: ['mailer-daemon', 'postmaster'],
    senders: ['Mail Delivery Subsystem', 'Mail Delivery System', 'Microsoft Outlook', 'Mail Administrator'],
    subjects: [
      'Delivery Status Notification',
      'Undeliverable:',
      'Undelivered Mail Returned to Sender',
      'Mail delivery failed',
      'Returned mail:',
    ],
  },
  foldedMessages: [
    '# earlier messages',
    '# earlier message',
    '# older messages',
    '# older message',
    '# more messages',
    '# more message',
    'Show # more messages',
    'Show # more message',
    'Show # earlier messages',
    'Show # earlier message',
    'Show # older messages',
    'View # more messages',
    'View # earlier messages',
    'Load # more messages',
  ],
  focus: ['Focus', 'Pinned', 'Planned'],
  focusGroups: ['Overdue', 'Today', 'Tomorrow', 'Upcoming', 'Later', 'This week', 'Next week', 'No due date'],
  history: ['History'],
  outcomes: {
    'no-answer': ['No answer', 'Not answered', 'Not connected', 'Not reached'],
    // "Went to voicemail": how reps often log it (a guess: no Pipedrive source shows a rep's wording).
    voicemail: ['Left voicemail', 'Voicemail', 'Left message', 'Went to voicemail'],
    busy: ['Busy'],
    connected: ['Connected', 'Answered', 'Reached'],
  },
  outcomeLabels: ['Outcome', 'Call outcome', 'Result', 'Call result'],
  attemptPhrases: ['Reached out'],
  attemptLinks: ['and', 'and then', 'then', 'but'],
  gatekeepers: [
    'assistant',
    'assistants',
    'executive assistant',
    'personal assistant',
    'receptionist',
    'reception',
    'front desk',
    'front office',
    'switchboard',
    'operator',
    'secretary',
    'gatekeeper',
    'colleague',
    'colleagues',
    'coworker',
    'co-worker',
    'office manager',
  ],
  gatekeeperLeads: ['with', 'to', 'by', 'the', 'a', 'an', 'her', 'his', 'their', 'its', 'our', 'my', 'main', 'company'],
  gatekeeperOwners: ['her', 'his', 'their', 'its', 'our', 'my'],
  capitalNames: true,
  putThrough: [
    'put me through to',
    'put me through',
    'put through to',
    'transferred me to',
    'transferred to',
    'forwarded me to',
    'patched me through to',
    'patched me through',
  ],
  denials: ['not', 'never', 'unable to', "couldn't", "can't", "wouldn't", "didn't", "won't", "wasn't"],
  meetingOutcomes: {
    'no-show': [
      'No-show',
      'No-shows',
      'No show',
      'Noshow',
      'Did not show',
      'Did not attend',
      "Didn't show",
      "Didn't attend",
      'Didn’t show',
      'Didn’t attend',
    ],
    cancelled: ['Cancelled', 'Canceled'],
    rescheduled: ['Rescheduled'],
  },
  meetingHeld: ['Held', 'Completed'],
  automation: ['Sequence', 'Automation', 'Automated', 'Workflow automation', 'Campaign'],
  stageField: ['Stage', 'Deal stage'],
  stageMove: { changed: ['changed', 'updated', 'moved'], from: ['from'], to: ['to'], deal: ['deal'] },
  stageMoveLast: [],
  closedEntry: { won: ['Deal won', 'Deal marked as won'], lost: ['Deal lost', 'Deal marked as lost'] },
  moreParticipants: ['and {n} others', 'and {n} other', 'and {n} more'],
  dayUnits: ['d', 'days', 'day'],
  won: ['Won'],
  lost: ['Lost'],
  rotting: ['Rotting', 'Rotten'],
  datePrefixes: ['Due', 'Done', 'Added', 'Sent', 'Received', 'Created'],
  durationUnits: [
    's',
    'sec',
    'secs',
    'second',
    'seconds',
    'm',
    'min',
    'mins',
    'minute',
    'minutes',
    'h',
    'hr',
    'hrs',
    'hour',
    'hours',
  ],
  titleSuffixes: ['Deals', 'Persons', 'People', 'Contacts', 'Leads', 'Pipedrive'],
  valueKinds: ['Work', 'Home', 'Mobile', 'Other', 'Main'],
  labels: {
    email: ['Email', 'E-mail', 'Email (Work)'],
    phone: ['Phone', 'Phone (Work)', 'Mobile'],
    organization: ['Organization', 'Organisation', 'Company'],
    owner: ['Owner', 'Deal owner', 'Person owner'],
    personCreated: ['Person created', 'Lead created', 'Created', 'Add time', 'Added'],
    dealCreated: ['Deal created', 'Created', 'Add time'],
    value: ['Value', 'Deal value'],
    currency: ['Currency'],
    pipeline: ['Pipeline'],
    stage: ['Stage', 'Deal stage'],
    closeDate: ['Expected close date', 'Close date'],
    // Pipedrive's deal fields "Won time" and "Deal closed on", as its deal filters list them (a public filter builder's copy).
    wonTime: ['Won time'],
    closedOn: ['Deal closed on'],
    // A lost deal's "Lost time" (`lost_time`), as Pipedrive's deal fields and exports name it (csv-import/deals/words).
    lostTime: ['Lost time'],
    status: ['Status', 'Deal status'],
    lastActivity: ['Last activity date', 'Last activity'],
    nextActivity: ['Next activity date', 'Next activity'],
    persons: ['Persons', 'Person', 'People', 'Participants', 'Contact person'],
  },
};

const de: Wording = {
  types: { call: ['Anruf'], meeting: ['Meeting', 'Mittagessen'], task: ['Aufgabe', 'Frist'], email: ['E-Mail'] },
  note: ['Notiz'],
  change: ['Änderungsprotokoll', 'Änderung'],
  file: ['Datei', 'Dokument'],
  campaign: ['Kampagne', 'Kampagnen'],
  received: ['Empfangen', 'Eingehend'],
  sent: ['Gesendet', 'Ausgehend'],
  from: ['Von'],
  to: ['An', 'Cc'],
  incomingCall: ['Eingehender Anruf'],
  callFrom: ['Anruf von'],
  notCaller: [],
  // "Telefonat", "Telefontermin", "Rückruf" (a call back); "Besprechung", "Treffen", "Besuch" (a visit).
  typeNameWords: {
    call: ['Telefonat', 'Telefonanruf', 'Telefongespräch', 'Rückruf'],
    meeting: ['Besprechung', 'Treffen', 'Besuch', 'Kundenbesuch'],
  },
  missedCall: ['Verpasster Anruf'],
  calledBack: ['zurückgerufen'],
  done: ['Erledigt', 'Als nicht erledigt markieren', 'Als nicht fertig markieren'],
  planned: ['Geplant', 'Überfällig', 'Als erledigt markieren', 'Als fertig markieren'],
  scheduledMail: ['Geplant', 'Zeitgesteuert'],
  threadSize: ['# Nachrichten', '# E-Mails', '# Mails'],
  viewer: ['Sie', 'Du'],
  noOwner: NO_OWNER.de,
  ownerLabels: [
    'Zugewiesen an',
    'Zuständig',
    'Besitzer',
    'Inhaber',
    'Hinzugefügt von',
    'Erstellt von',
    'Erledigt von',
    'von',
  ],
  allFilter: ['Alle'],
  loading: ['Wird geladen', 'Lädt', 'Laden'],
  // "12 weitere anzeigen": the count is dropped before matching (feed-state.ts); guess, like "Mehr laden"
  // and "Alle Aktivitäten anzeigen".
  // "Ältere Aktivitäten anzeigen": the older/earlier forms English has, guesses too, the verb last.
  showMore: [
    'Mehr anzeigen',
    'Mehr laden',
    'Weitere anzeigen',
    'Alle Aktivitäten anzeigen',
    'Ältere anzeigen',
    'Ältere laden',
    'Ältere Aktivitäten anzeigen',
    'Ältere Aktivitäten laden',
    'Ältere Einträge anzeigen',
    'Ältere Einträge laden',
    'Frühere anzeigen',
    'Frühere laden',
    'Frühere Aktivitäten anzeigen',
    'Frühere Aktivitäten laden',
  ],
  controls: [
    'Bearbeiten',
    'Aktivität bearbeiten',
    'Notiz bearbeiten',
    'Löschen',
    'Aktivität löschen',
    'Antworten',
    'Allen antworten',
    'Weiterleiten',
    'Als abgeschlossen markieren',
    'Folgeaktivität hinzufügen',
    'Follow-up hinzufügen',
    'Aktivität planen',
  ],
  mailTracking: [
    'hat Ihre E-Mail geöffnet',
    'hat deine E-Mail geöffnet',
    'hat die E-Mail geöffnet',
    'E-Mail geöffnet',
    'hat einen Link angeklickt',
    'hat auf einen Link geklickt',
    'Link angeklickt',
    'auf einen Link geklickt',
  ],
  mailTrackingUnnamed: ['Geöffnet', 'Link angeklickt', 'Angeklickt'],
  firstPerson: ['ich', 'wir'],
  bounce: { addresses: [], senders: [], subjects: ['Unzustellbar:'] },
  foldedMessages: [
    '# frühere Nachrichten',
    '# frühere Nachricht',
    '# ältere Nachrichten',
    '# ältere Nachricht',
    '# weitere Nachrichten',
    '# weitere Nachricht',
    '# weitere Nachrichten anzeigen',
    '# frühere Nachrichten anzeigen',
    '# ältere Nachrichten anzeigen',
  ],
  focus: ['Fokus', 'Angeheftet', 'Geplant'],
  focusGroups: [
    'Überfällig',
    'Heute',
    'Morgen',
    'Demnächst',
    'Später',
    'Diese Woche',
    'Nächste Woche',
    'Ohne Fälligkeitsdatum',
  ],
  history: ['Verlauf', 'Historie'],
  outcomes: {
    'no-answer': ['Keine Antwort', 'Nicht erreicht', 'Nicht verbunden'],
    voicemail: ['Mailbox', 'Nachricht hinterlassen', 'Voicemail'],
    busy: ['Besetzt'],
    connected: ['Verbunden', 'Erreicht'],
  },
  outcomeLabels: ['Ergebnis', 'Anrufergebnis'],
  attemptPhrases: [],
  attemptLinks: [],
  gatekeepers: [
    'Sekretariat',
    'Sekretärin',
    'Sekretär',
    'Assistentin',
    'Assistent',
    'Assistenz',
    'Zentrale',
    'Telefonzentrale',
    'Empfang',
    'Rezeption',
    'Vorzimmer',
    'Kollegin',
    'Kollege',
    'Kollegen',
  ],
  gatekeeperLeads: [
    'mit',
    'an',
    'bei',
    'von',
    'der',
    'die',
    'das',
    'dem',
    'den',
    'ihre',
    'ihrer',
    'ihrem',
    'ihren',
    'seine',
    'seiner',
    'seinem',
    'seinen',
    'eine',
    'einer',
    'einem',
  ],
  gatekeeperOwners: ['ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'sein', 'seine', 'seiner', 'seinem', 'seinen'],
  capitalNames: false,
  putThrough: ['durchgestellt', 'weitergeleitet zu', 'weitergeleitet an', 'weitergeleitet', 'weiterverbunden'],
  denials: ['nicht', 'nie', 'kein', 'keine'],
  meetingOutcomes: {
    'no-show': ['Nicht erschienen'],
    cancelled: ['Abgesagt', 'Storniert'],
    rescheduled: ['Verschoben'],
  },
  meetingHeld: ['Stattgefunden', 'Abgeschlossen', 'Durchgeführt'],
  automation: ['Sequenz', 'Automatisierung', 'Automatisiert', 'Kampagne'],
  stageField: ['Phase', 'Deal-Phase'],
  stageMove: {
    changed: ['geändert', 'aktualisiert', 'verschoben'],
    from: ['von'],
    to: ['zu', 'auf', 'nach'],
    deal: ['deal'],
  },
  stageMoveLast: ['in', 'nach', 'zu', 'auf'],
  closedEntry: {
    won: ['Deal gewonnen', 'Deal als gewonnen markiert'],
    lost: ['Deal verloren', 'Deal als verloren markiert'],
  },
  moreParticipants: ['und {n} weitere', 'und {n} weiterer', 'und {n} andere'],
  // "Tagen" as a step's tooltip says it ("Seit 3 Tagen in dieser Phase"), which is never its name.
  dayUnits: ['T', 'Tage', 'Tag', 'Tagen'],
  won: ['Gewonnen'],
  lost: ['Verloren'],
  rotting: ['Stagnierend', 'Stagniert'],
  datePrefixes: ['Fällig', 'Erledigt', 'Hinzugefügt', 'Gesendet', 'Empfangen'],
  durationUnits: [
    'Sek.',
    'Sek',
    'Sekunde',
    'Sekunden',
    'Min.',
    'Min',
    'Minute',
    'Minuten',
    'Std.',
    'Std',
    'Stunde',
    'Stunden',
  ],
  titleSuffixes: ['Deals', 'Personen', 'Kontakte', 'Leads', 'Pipedrive'],
  valueKinds: ['Arbeit', 'Privat', 'Mobil', 'Andere'],
  labels: {
    email: ['E-Mail'],
    phone: ['Telefon'],
    organization: ['Organisation'],
    owner: ['Eigentümer', 'Besitzer', 'Inhaber'],
    personCreated: ['Person erstellt', 'Lead erstellt', 'Erstellt'],
    dealCreated: ['Deal erstellt', 'Erstellt'],
    value: ['Wert'],
    currency: ['Währung'],
    pipeline: ['Pipeline'],
    stage: ['Phase'],
    closeDate: ['Erwartetes Abschlussdatum'],
    // The help centre's name of the won time ("Import: Pflichtfelder"); "Gewonnen am" and the closed-on label are guesses.
    wonTime: ['Zeitpunkt, zu dem der Deal gewonnen wurde', 'Gewonnen am'],
    closedOn: ['Deal abgeschlossen am'],
    // Guesses, built like the won time's names: no source names the lost time in German.
    lostTime: ['Zeitpunkt, zu dem der Deal verloren wurde', 'Verloren am'],
    status: ['Status'],
    // The short labels, as a sidebar's summary rows may show them, are guesses in German, French and Italian.
    lastActivity: ['Datum der letzten Aktivität', 'Letzte Aktivität'],
    nextActivity: ['Datum der nächsten Aktivität', 'Nächste Aktivität'],
    persons: ['Personen', 'Person', 'Kontaktperson', 'Teilnehmer'],
  },
};

const fr: Wording = {
  types: {
    call: ['Appel'],
    meeting: ['Réunion', 'Déjeuner'],
    task: ['Tâche', 'Échéance'],
    email: ['E-mail', 'Courriel'],
  },
  note: ['Note'],
  change: ['Journal des modifications', 'Modification'],
  file: ['Fichier', 'Document'],
  campaign: ['Campagne', 'Campagnes'],
  received: ['Reçu', 'Entrant'],
  sent: ['Envoyé', 'Sortant'],
  from: ['De'],
  to: ['À', 'Cc'],
  incomingCall: ['Appel entrant', 'Appel reçu'],
  callFrom: [],
  notCaller: [],
  // "Téléphone", "Relance téléphonique"; "Visio" (the everyday word for a video call), "Rendez-vous", "RDV".
  typeNameWords: { call: ['Téléphone', 'Téléphonique'], meeting: ['Visio', 'Rendez-vous', 'RDV'] },
  missedCall: ['Appel manqué'],
  calledBack: ['rappelé', 'rappelée', 'rappelés'],
  done: ['Terminé', 'Fait', 'Marquer comme non terminé'],
  planned: ['Planifié', 'En retard', 'À venir', 'Marquer comme terminé'],
  scheduledMail: ['Programmé', 'Programmée', 'Planifié', 'Planifiée'],
  threadSize: ['# messages', '# e-mails', '# emails', '# courriels'],
  viewer: ['Vous'],
  noOwner: NO_OWNER.fr,
  ownerLabels: [
    'Attribué à',
    'Attribuée à',
    'Assigné à',
    'Assignée à',
    'Propriétaire',
    'Ajouté par',
    'Ajoutée par',
    'Créé par',
    'Créée par',
    'par',
  ],
  allFilter: ['Tout', 'Tous'],
  loading: ['Chargement', 'En cours de chargement'],
  // "Voir toutes les activités (14)" is a guess, like English "See all activities".
  // "Afficher 12 de plus", "Afficher les 12 autres": the count is dropped before matching (feed-state.ts).
  showMore: [
    'Afficher plus',
    'Voir plus',
    'Charger plus',
    'Afficher de plus',
    'Voir de plus',
    'Charger de plus',
    'Afficher les autres',
    'Voir les autres',
    'Voir toutes les activités',
    // "Afficher les activités plus anciennes": the older/earlier forms English has, guesses too.
    'Afficher les activités plus anciennes',
    'Voir les activités plus anciennes',
    'Charger les activités plus anciennes',
    'Afficher les activités précédentes',
    'Voir les activités précédentes',
    'Charger les activités précédentes',
    'Afficher les plus anciennes',
    'Afficher les plus anciens',
    'Charger les plus anciennes',
    'Charger les plus anciens',
  ],
  controls: [
    'Modifier',
    "Modifier l'activité",
    'Modifier l’activité',
    'Supprimer',
    "Supprimer l'activité",
    'Supprimer l’activité',
    'Répondre',
    'Répondre à tous',
    'Transférer',
    'Marquer comme terminée',
    'Ajouter un suivi',
    'Ajouter une activité de suivi',
    'Planifier une activité',
  ],
  mailTracking: [
    'a ouvert votre e-mail',
    'a ouvert votre email',
    "a ouvert l'e-mail",
    'a ouvert l’e-mail',
    'a cliqué sur un lien',
  ],
  mailTrackingUnnamed: ['Ouvert', 'Ouvert le', 'Lien cliqué', 'Cliqué'],
  firstPerson: ['je', 'nous'],
  bounce: { addresses: [], senders: [], subjects: ['Non remis :', 'Non remis:'] },
  foldedMessages: [
    '# messages précédents',
    '# message précédent',
    '# autres messages',
    '# autre message',
    'Afficher # messages de plus',
    'Afficher # autres messages',
    'Afficher # messages précédents',
  ],
  focus: ['Focus', 'Épinglé', 'Planifié'],
  focusGroups: [
    'En retard',
    "Aujourd'hui",
    'Aujourd’hui',
    'Demain',
    'À venir',
    'Plus tard',
    'Cette semaine',
    'La semaine prochaine',
  ],
  history: ['Historique'],
  outcomes: {
    'no-answer': ['Pas de réponse', 'Sans réponse', 'Non connecté', 'Pas connecté', 'Non joint'],
    voicemail: ['Messagerie vocale', 'Message laissé'],
    busy: ['Occupé'],
    connected: ['Connecté', 'Joint'],
  },
  outcomeLabels: ['Résultat', "Résultat de l'appel"],
  attemptPhrases: [],
  attemptLinks: [],
  gatekeepers: [
    'assistante',
    'assistant',
    'secrétaire',
    'secrétariat',
    'accueil',
    'standard',
    'standardiste',
    'réception',
    'réceptionniste',
    'collègue',
  ],
  gatekeeperLeads: ['avec', 'à', 'au', 'par', 'la', 'le', "l'", 'sa', 'son', 'ses', 'mon', 'ma', 'notre', 'un', 'une'],
  gatekeeperOwners: ['sa', 'son', 'ses', 'mon', 'ma', 'notre'],
  capitalNames: true,
  putThrough: ['transféré à', 'transférée à', 'transféré', 'transférée', 'passé à', 'passée à', 'mis en relation avec'],
  denials: ['pas', 'jamais'],
  meetingOutcomes: {
    'no-show': ['Non présenté', 'Non présentée'],
    cancelled: ['Annulé', 'Annulée'],
    rescheduled: ['Reprogrammé', 'Reprogrammée'],
  },
  meetingHeld: ['Fait', 'Faite', 'Tenu', 'Tenue', 'Effectué', 'Effectuée', 'Terminé', 'Terminée'],
  automation: ['Séquence', 'Automatisation', 'Automatisé', 'Campagne'],
  // "Affaire" is Pipedrive's other French word for a deal ("Affaire créée"), with either apostrophe.
  stageField: ['Étape', 'Étape de la transaction', "Étape de l'affaire", 'Étape de l’affaire'],
  stageMove: {
    changed: ['modifiée', 'modifié', 'changée', 'changé'],
    from: ['de'],
    to: ['à'],
    deal: ['affaire', 'transaction'],
  },
  stageMoveLast: [],
  closedEntry: {
    won: ['Affaire gagnée', 'Affaire marquée comme gagnée'],
    lost: ['Affaire perdue', 'Affaire marquée comme perdue'],
  },
  moreParticipants: ['et {n} autres', 'et {n} autre'],
  dayUnits: ['j', 'jours', 'jour'],
  won: ['Gagnée', 'Gagné'],
  lost: ['Perdue', 'Perdu'],
  rotting: [],
  datePrefixes: ['Échéance', 'Terminé', 'Ajouté', 'Envoyé', 'Reçu'],
  durationUnits: ['s', 'sec', 'seconde', 'secondes', 'min', 'minute', 'minutes', 'h', 'heure', 'heures'],
  titleSuffixes: ['Transactions', 'Affaires', 'Personnes', 'Contacts', 'Prospects', 'Pipedrive'],
  valueKinds: ['Travail', 'Domicile', 'Mobile', 'Autre'],
  labels: {
    email: ['E-mail', 'Courriel'],
    phone: ['Téléphone'],
    organization: ['Organisation'],
    owner: ['Propriétaire'],
    personCreated: ['Personne créée', 'Prospect créé', 'Lead créé', 'Créé'],
    dealCreated: ['Transaction créée', 'Affaire créée', 'Créé'],
    value: ['Valeur'],
    currency: ['Devise'],
    pipeline: ['Pipeline'],
    stage: ['Étape'],
    closeDate: ['Date de clôture prévue'],
    // Guesses: no source names these three fields in French.
    wonTime: ['Date de gain', 'Gagnée le', 'Gagné le'],
    closedOn: ['Transaction conclue le', 'Affaire conclue le'],
    lostTime: ['Date de perte', 'Perdue le', 'Perdu le'],
    status: ['Statut'],
    lastActivity: ['Date de la dernière activité', 'Dernière activité'],
    nextActivity: ['Date de la prochaine activité', 'Prochaine activité'],
    persons: ['Personnes', 'Personne', 'Personne à contacter', 'Participants'],
  },
};

const es: Wording = {
  ...en,
  types: {
    call: ['Llamada'],
    meeting: ['Reunión', 'Almuerzo'],
    task: ['Tarea', 'Plazo'],
    email: ['Correo electrónico'],
  },
  note: ['Nota'],
  change: ['Registro de cambios'],
  file: ['Archivo', 'Documento'],
  campaign: ['Campaña', 'Campañas'],
  // "Recibida" and "Entrante" (la llamada: a call's badge, as "Llamada entrante" says) are guesses.
  received: ['Recibido', 'Recibida', 'Entrante'],
  sent: ['Enviado'],
  from: ['De'],
  to: ['Para', 'A'],
  incomingCall: ['Llamada entrante', 'Llamada recibida'],
  callFrom: [],
  notCaller: [],
  // "Teléfono", "Seguimiento telefónico"; "Videollamada", "Videoconferencia".
  typeNameWords: { call: ['Teléfono', 'Telefónico', 'Telefónica'], meeting: ['Videollamada', 'Videoconferencia'] },
  missedCall: ['Llamada perdida'],
  calledBack: ['llamada devuelta', 'devolví la llamada'],
  // Pipedrive's activities are feminine nouns (la actividad): both genders; toggle labels guessed from its help centre.
  done: ['Hecho', 'Hecha', 'Completado', 'Completada', 'Marcar como no completada', 'Marcar como no hecha'],
  planned: ['Planificado', 'Planificada', 'Vencido', 'Vencida', 'Marcar como completada', 'Marcar como hecha'],
  // "Todas" agrees with "actividades", as the All chip over a feed of activities may.
  scheduledMail: ['Programado', 'Programada'],
  threadSize: ['# mensajes', '# correos', '# correos electrónicos', '# emails'],
  viewer: ['Tú', 'Usted'],
  noOwner: NO_OWNER.es,
  ownerLabels: [
    'Asignado a',
    'Asignada a',
    'Propietario',
    'Responsable',
    'Añadido por',
    'Añadida por',
    'Creado por',
    'Creada por',
    'por',
  ],
  allFilter: ['Todo', 'Todos', 'Todas'],
  loading: ['Cargando'],
  // "Ver todas las actividades (14)" is a guess, like English "See all activities".
  // "Mostrar actividades anteriores": the older/earlier forms English has, guesses too.
  showMore: [
    'Mostrar más',
    'Ver más',
    'Cargar más',
    'Ver todas las actividades',
    'Mostrar anteriores',
    'Ver anteriores',
    'Cargar anteriores',
    'Mostrar actividades anteriores',
    'Ver actividades anteriores',
    'Cargar actividades anteriores',
    'Mostrar actividades más antiguas',
    'Ver actividades más antiguas',
    'Cargar actividades más antiguas',
  ],
  controls: [
    'Editar',
    'Editar actividad',
    'Eliminar',
    'Eliminar actividad',
    'Responder',
    'Responder a todos',
    'Reenviar',
    'Marcar como completado',
    'Añadir seguimiento',
    'Agregar seguimiento',
    'Programar una actividad',
  ],
  mailTracking: [
    'abrió tu correo',
    'abrió su correo',
    'abrió el correo',
    'ha abierto tu correo',
    'hizo clic en un enlace',
    'ha hecho clic en un enlace',
  ],
  mailTrackingUnnamed: ['Abierto', 'Enlace pulsado', 'Enlace abierto'],
  firstPerson: ['yo', 'nosotros', 'nosotras'],
  bounce: { addresses: [], senders: [], subjects: ['No se puede entregar:'] },
  foldedMessages: [
    '# mensajes anteriores',
    '# mensaje anterior',
    '# mensajes más',
    'Mostrar # mensajes más',
    'Mostrar # mensajes anteriores',
    'Ver # mensajes más',
    'Ver # mensajes anteriores',
  ],
  focus: ['Enfoque', 'Fijado', 'Planificado'],
  focusGroups: [
    'Vencido',
    'Vencidas',
    'Vencidos',
    'Hoy',
    'Mañana',
    'Próximamente',
    'Más tarde',
    'Esta semana',
    'La próxima semana',
  ],
  history: ['Historial'],
  outcomes: {
    'no-answer': ['Sin respuesta', 'No conectado'],
    voicemail: ['Buzón de voz'],
    busy: ['Ocupado'],
    connected: ['Conectado'],
  },
  outcomeLabels: ['Resultado', 'Resultado de la llamada'],
  attemptPhrases: [],
  attemptLinks: [],
  gatekeepers: [
    'asistente',
    'secretaria',
    'secretario',
    'recepción',
    'recepcionista',
    'centralita',
    'conmutador',
    'telefonista',
    'colega',
    'compañero',
    'compañera',
  ],
  gatekeeperLeads: ['con', 'a', 'al', 'por', 'el', 'la', 'los', 'las', 'su', 'sus', 'mi', 'un', 'una'],
  gatekeeperOwners: ['su', 'sus', 'mi'],
  capitalNames: true,
  putThrough: ['transferido a', 'transferida a', 'transferido', 'transferida', 'me pasó con', 'pasado con'],
  denials: ['no', 'nunca'],
  meetingOutcomes: {
    'no-show': ['No se presentó', 'No asistió'],
    cancelled: ['Cancelado', 'Cancelada'],
    rescheduled: ['Reprogramado', 'Reprogramada'],
  },
  meetingHeld: ['Realizado', 'Realizada', 'Completado', 'Completada'],
  automation: ['Secuencia', 'Automatización', 'Automatizado', 'Campaña'],
  // Guessed from the table's words for a deal ("trato", "negocio"): the evidence shows no Spanish stage line.
  stageField: ['Etapa', 'Etapa del trato', 'Etapa del negocio'],
  stageMove: {
    changed: ['cambiada', 'cambiado', 'modificada', 'actualizada'],
    from: ['de'],
    to: ['a'],
    deal: ['trato', 'negocio', 'oportunidad'],
  },
  stageMoveLast: [],
  closedEntry: {
    won: ['Trato ganado', 'Trato marcado como ganado'],
    lost: ['Trato perdido', 'Trato marcado como perdido'],
  },
  moreParticipants: ['y {n} más', 'y {n} otros', 'y {n} otro'],
  dayUnits: ['d', 'días', 'día'],
  won: ['Ganado'],
  lost: ['Perdido'],
  rotting: [],
  datePrefixes: ['Vence'],
  durationUnits: ['s', 'seg', 'segundo', 'segundos', 'min', 'minuto', 'minutos', 'h', 'hora', 'horas'],
  titleSuffixes: ['Tratos', 'Personas', 'Pipedrive'],
  valueKinds: ['Trabajo', 'Casa', 'Móvil', 'Otro'],
  // "Trato", "Embudo", "Etapa" and "Registro de cambios" are the Spanish help centre's terms
  // ("Vista de detalles"); the field labels built from them are assumed, not seen on a page.
  labels: {
    ...en.labels,
    email: ['Correo electrónico'],
    phone: ['Teléfono'],
    organization: ['Organización', 'Empresa'],
    owner: ['Propietario'],
    personCreated: ['Persona creada', 'Prospecto creado', 'Lead creado', 'Fecha de creación'],
    dealCreated: ['Trato creado', 'Fecha de creación'],
    value: ['Valor', 'Valor del trato'],
    currency: ['Moneda'],
    pipeline: ['Embudo'],
    stage: ['Etapa'],
    closeDate: ['Fecha de cierre prevista', 'Fecha de cierre esperada', 'Fecha de cierre'],
    // Guesses: no source names these three fields in Spanish.
    wonTime: ['Fecha de ganado', 'Ganado el'],
    closedOn: ['Trato cerrado el'],
    lostTime: ['Fecha de pérdida', 'Perdido el'],
    status: ['Estado', 'Estado del trato'],
    lastActivity: ['Fecha de la última actividad', 'Última actividad'],
    nextActivity: ['Fecha de la próxima actividad', 'Próxima actividad'],
    persons: ['Personas', 'Persona', 'Persona de contacto', 'Participantes'],
  },
};

const pt: Wording = {
  ...en,
  types: { call: ['Ligação', 'Chamada'], meeting: ['Reunião', 'Almoço'], task: ['Tarefa', 'Prazo'], email: ['E-mail'] },
  note: ['Anotação', 'Nota'],
  change: ['Registro de alterações'],
  file: ['Arquivo', 'Documento'],
  campaign: ['Campanha', 'Campanhas'],
  // "Recebida" (a ligação: a call's badge, as "Ligação recebida" says) and "Entrante" are guesses.
  received: ['Recebido', 'Recebida', 'Entrante'],
  sent: ['Enviado'],
  from: ['De'],
  to: ['Para'],
  incomingCall: ['Ligação recebida', 'Chamada recebida'],
  callFrom: [],
  notCaller: [],
  // "Telefone", "Telefonema"; "Videochamada", "Videoconferência".
  typeNameWords: {
    call: ['Telefone', 'Telefonema', 'Telefônico', 'Telefônica'],
    meeting: ['Videochamada', 'Videoconferência'],
  },
  missedCall: ['Ligação perdida', 'Chamada perdida'],
  calledBack: ['liguei de volta', 'retornei a ligação', 'ligação retornada'],
  // Both genders (a atividade); toggle labels guessed from Pipedrive's help centre.
  done: ['Concluído', 'Concluída', 'Marcar como não concluída', 'Marcar como não concluído'],
  planned: ['Planejado', 'Planejada', 'Atrasado', 'Atrasada', 'Marcar como concluída', 'Marcar como concluído'],
  // "Todas" agrees with "atividades", as the All chip over a feed of activities may.
  scheduledMail: ['Agendado', 'Agendada'],
  threadSize: ['# mensagens', '# e-mails', '# emails'],
  viewer: ['Você'],
  noOwner: NO_OWNER.pt,
  ownerLabels: [
    'Atribuído a',
    'Atribuída a',
    'Proprietário',
    'Responsável',
    'Adicionado por',
    'Adicionada por',
    'Criado por',
    'Criada por',
    'por',
  ],
  allFilter: ['Tudo', 'Todos', 'Todas'],
  loading: ['Carregando'],
  // "Ver todas as atividades (14)" is a guess, like English "See all activities".
  // "Mostrar mais 12", "Mostrar 12 a mais": the count is dropped before matching (feed-state.ts).
  // "Mostrar atividades anteriores": the older/earlier forms English has, guesses too.
  showMore: [
    'Mostrar mais',
    'Ver mais',
    'Carregar mais',
    'Mostrar a mais',
    'Ver todas as atividades',
    'Mostrar anteriores',
    'Ver anteriores',
    'Carregar anteriores',
    'Mostrar atividades anteriores',
    'Ver atividades anteriores',
    'Carregar atividades anteriores',
    'Mostrar atividades mais antigas',
    'Ver atividades mais antigas',
    'Carregar atividades mais antigas',
  ],
  controls: [
    'Editar',
    'Editar atividade',
    'Excluir',
    'Excluir atividade',
    'Responder',
    'Responder a todos',
    'Encaminhar',
    'Adicionar acompanhamento',
    'Adicionar follow-up',
    'Agendar uma atividade',
  ],
  mailTracking: [
    'abriu seu e-mail',
    'abriu o seu e-mail',
    'abriu o e-mail',
    'abriu seu email',
    'clicou em um link',
    'clicou num link',
  ],
  mailTrackingUnnamed: ['Aberto', 'Link clicado', 'Clicado'],
  firstPerson: ['eu', 'nós'],
  bounce: { addresses: [], senders: [], subjects: ['Não é possível entregar:'] },
  foldedMessages: [
    '# mensagens anteriores',
    '# mensagem anterior',
    '# mensagens a mais',
    'Mostrar mais # mensagens',
    'Mostrar # mensagens anteriores',
    'Ver # mensagens anteriores',
  ],
  focus: ['Foco', 'Fixado', 'Planejado'],
  focusGroups: [
    'Atrasado',
    'Atrasadas',
    'Atrasados',
    'Hoje',
    'Amanhã',
    'Em breve',
    'Mais tarde',
    'Esta semana',
    'Próxima semana',
  ],
  history: ['Histórico'],
  outcomes: {
    'no-answer': ['Sem resposta', 'Não conectado'],
    voicemail: ['Caixa postal'],
    busy: ['Ocupado'],
    connected: ['Conectado'],
  },
  outcomeLabels: ['Resultado', 'Resultado da chamada', 'Resultado da ligação'],
  attemptPhrases: [],
  attemptLinks: [],
  gatekeepers: [
    'assistente',
    'secretária',
    'secretário',
    'recepção',
    'receção',
    'recepcionista',
    'rececionista',
    'telefonista',
    'colega',
  ],
  gatekeeperLeads: [
    'com',
    'a',
    'ao',
    'à',
    'pela',
    'pelo',
    'por',
    'o',
    'os',
    'as',
    'seu',
    'sua',
    'meu',
    'minha',
    'um',
    'uma',
  ],
  gatekeeperOwners: ['seu', 'sua', 'meu', 'minha'],
  capitalNames: true,
  putThrough: ['transferido para', 'transferida para', 'transferido', 'transferida', 'me passou para'],
  denials: ['não', 'nunca'],
  meetingOutcomes: {
    'no-show': ['Não compareceu', 'Não comparecimento'],
    cancelled: ['Cancelado', 'Cancelada'],
    rescheduled: ['Reagendado', 'Reagendada'],
  },
  meetingHeld: ['Realizado', 'Realizada', 'Concluído', 'Concluída'],
  automation: ['Sequência', 'Automação', 'Automatizado', 'Campanha'],
  // Guessed from the table's word for a deal ("negócio"): the evidence shows no Portuguese stage line.
  stageField: ['Etapa', 'Etapa do negócio'],
  stageMove: { changed: ['alterada', 'alterado', 'atualizada'], from: ['de'], to: ['para'], deal: ['negócio'] },
  stageMoveLast: [],
  closedEntry: {
    won: ['Negócio ganho', 'Negócio marcado como ganho'],
    lost: ['Negócio perdido', 'Negócio marcado como perdido'],
  },
  moreParticipants: ['e mais {n}', 'e {n} outros', 'e {n} outro'],
  dayUnits: ['d', 'dias', 'dia'],
  won: ['Ganho'],
  lost: ['Perdido'],
  rotting: [],
  datePrefixes: ['Vence'],
  durationUnits: ['s', 'seg', 'segundo', 'segundos', 'min', 'minuto', 'minutos', 'h', 'hora', 'horas'],
  titleSuffixes: ['Negócios', 'Pessoas', 'Pipedrive'],
  valueKinds: ['Trabalho', 'Residencial', 'Celular', 'Outro'],
  // Assumed from Pipedrive's Brazilian product wording ("Negócio", "Funil", "Etapa"), not seen on a page.
  labels: {
    ...en.labels,
    phone: ['Telefone'],
    organization: ['Organização', 'Empresa'],
    owner: ['Proprietário'],
    personCreated: ['Pessoa criada', 'Lead criado', 'Data de criação'],
    dealCreated: ['Negócio criado', 'Data de criação'],
    value: ['Valor', 'Valor do negócio'],
    currency: ['Moeda'],
    pipeline: ['Funil'],
    stage: ['Etapa'],
    closeDate: ['Data de fechamento esperada', 'Data prevista de fechamento', 'Data de fechamento'],
    // Guesses: no source names these three fields in Portuguese.
    wonTime: ['Data de ganho', 'Ganho em'],
    closedOn: ['Negócio fechado em'],
    lostTime: ['Data de perda', 'Perdido em'],
    lastActivity: ['Data da última atividade', 'Última atividade'],
    nextActivity: ['Data da próxima atividade', 'Próxima atividade'],
    persons: ['Pessoas', 'Pessoa', 'Pessoa de contato', 'Participantes'],
  },
};

const nl: Wording = {
  ...en,
  types: {
    call: ['Gesprek', 'Telefoongesprek'],
    meeting: ['Vergadering', 'Lunch'],
    task: ['Taak', 'Deadline'],
    email: ['E-mail'],
  },
  note: ['Notitie'],
  change: ['Wijzigingslogboek'],
  file: ['Bestand', 'Document'],
  campaign: ['Campagne', 'Campagnes'],
  received: ['Ontvangen'],
  sent: ['Verzonden'],
  from: ['Van'],
  to: ['Aan'],
  incomingCall: ['Inkomend gesprek', 'Inkomende oproep'],
  callFrom: [],
  notCaller: [],
  // "Telefoon", "Telefonisch"; "Videogesprek", "Bezoek" (a visit).
  typeNameWords: { call: ['Telefoon', 'Telefonisch', 'Telefoongesprek'], meeting: ['Videogesprek', 'Bezoek'] },
  missedCall: ['Gemiste oproep'],
  calledBack: ['teruggebeld'],
  // Toggle labels guessed from Pipedrive's help centre.
  done: ['Voltooid', 'Gereed', 'Als niet voltooid markeren', 'Markeren als niet voltooid'],
  planned: ['Gepland', 'Achterstallig', 'Als voltooid markeren', 'Markeren als voltooid'],
  scheduledMail: ['Ingepland', 'Gepland'],
  threadSize: ['# berichten', '# e-mails', '# mails'],
  viewer: ['Jij'],
  noOwner: NO_OWNER.nl,
  ownerLabels: ['Toegewezen aan', 'Eigenaar', 'Toegevoegd door', 'Aangemaakt door', 'door'],
  allFilter: ['Alles', 'Alle'],
  loading: ['Laden', 'Bezig met laden'],
  // Guesses, the imperative forms too ("Toon meer", "Laad meer activiteiten").
  // "Toon nog 12": the count is dropped before matching (feed-state.ts).
  // "Oudere activiteiten tonen", "Toon oudere": the older/earlier forms English has, guesses too.
  showMore: [
    'Meer weergeven',
    'Meer tonen',
    'Meer laden',
    'Toon meer',
    'Laad meer',
    'Bekijk meer',
    'Toon nog',
    'Oudere tonen',
    'Oudere weergeven',
    'Oudere laden',
    'Oudere activiteiten tonen',
    'Oudere activiteiten weergeven',
    'Oudere activiteiten laden',
    'Eerdere activiteiten tonen',
    'Eerdere activiteiten weergeven',
    'Eerdere activiteiten laden',
    'Toon oudere',
    'Laad oudere',
    'Bekijk oudere',
    'Toon eerdere',
  ],
  controls: [
    'Bewerken',
    'Activiteit bewerken',
    'Verwijderen',
    'Activiteit verwijderen',
    'Beantwoorden',
    'Allen beantwoorden',
    'Doorsturen',
    'Follow-up toevoegen',
    'Activiteit plannen',
  ],
  mailTracking: [
    'heeft je e-mail geopend',
    'heeft uw e-mail geopend',
    'opende je e-mail',
    'e-mail geopend',
    'heeft op een link geklikt',
    'klikte op een link',
  ],
  mailTrackingUnnamed: ['Geopend', 'Link aangeklikt', 'Aangeklikt'],
  firstPerson: ['ik', 'wij', 'we'],
  bounce: { addresses: [], senders: [], subjects: ['Onbestelbaar:'] },
  foldedMessages: [
    '# eerdere berichten',
    '# eerder bericht',
    '# oudere berichten',
    '# meer berichten',
    'Toon # meer berichten',
    'Toon # eerdere berichten',
  ],
  focus: ['Focus', 'Vastgezet', 'Gepland'],
  focusGroups: ['Achterstallig', 'Vandaag', 'Morgen', 'Binnenkort', 'Later', 'Deze week', 'Volgende week'],
  history: ['Geschiedenis', 'Historie'],
  outcomes: {
    'no-answer': ['Geen antwoord', 'Niet verbonden', 'Niet bereikt'],
    voicemail: ['Voicemail'],
    busy: ['Bezet'],
    connected: ['Verbonden'],
  },
  outcomeLabels: ['Resultaat', 'Uitkomst'],
  attemptPhrases: [],
  attemptLinks: [],
  gatekeepers: [
    'assistent',
    'assistente',
    'secretaresse',
    'secretariaat',
    'receptie',
    'receptioniste',
    'telefoniste',
    'centrale',
    'telefooncentrale',
    'collega',
    "collega's",
  ],
  gatekeeperLeads: ['met', 'door', 'bij', 'naar', 'de', 'het', 'haar', 'zijn', 'een', 'hun'],
  gatekeeperOwners: ['haar', 'zijn', 'hun'],
  capitalNames: true,
  putThrough: ['doorverbonden met', 'doorverbonden naar', 'doorverbonden', 'doorgeschakeld naar', 'doorgeschakeld'],
  denials: ['niet', 'nooit'],
  meetingOutcomes: {
    'no-show': ['Niet verschenen', 'Niet komen opdagen'],
    cancelled: ['Geannuleerd'],
    rescheduled: ['Opnieuw gepland'],
  },
  meetingHeld: ['Gehouden', 'Voltooid'],
  automation: ['Sequentie', 'Reeks:', 'Reeks :', 'Automatisering', 'Geautomatiseerd', 'Campagne'],
  // Dutch compounds "Deal" with the field ("Dealwaarde"), so the stage line may read "Dealfase".
  stageField: ['Fase', 'Dealfase'],
  stageMove: { changed: ['gewijzigd', 'bijgewerkt', 'verplaatst'], from: ['van'], to: ['naar'], deal: ['deal'] },
  stageMoveLast: ['naar', 'in'],
  closedEntry: {
    won: ['Deal gewonnen', 'Deal gemarkeerd als gewonnen'],
    lost: ['Deal verloren', 'Deal gemarkeerd als verloren'],
  },
  moreParticipants: ['en {n} anderen', 'en {n} andere', 'en nog {n}'],
  dayUnits: ['d', 'dagen', 'dag'],
  won: ['Gewonnen'],
  lost: ['Verloren'],
  rotting: [],
  datePrefixes: ['Vervalt'],
  durationUnits: ['s', 'sec', 'seconde', 'seconden', 'min', 'min.', 'minuut', 'minuten', 'u', 'uur'],
  titleSuffixes: ['Deals', 'Personen', 'Pipedrive'],
  valueKinds: ['Werk', 'Thuis', 'Mobiel', 'Overig'],
  // Assumed from Pipedrive's Dutch product wording ("Deal", "Pipeline", "Fase"), not seen on a page;
  // "Status", "Pipeline" and "E-mail" are the same words in Dutch.
  labels: {
    ...en.labels,
    phone: ['Telefoon'],
    organization: ['Organisatie'],
    owner: ['Eigenaar'],
    personCreated: ['Persoon aangemaakt', 'Lead aangemaakt', 'Aangemaakt'],
    dealCreated: ['Deal aangemaakt', 'Aangemaakt'],
    value: ['Waarde', 'Dealwaarde'],
    currency: ['Valuta'],
    stage: ['Fase'],
    closeDate: ['Verwachte sluitingsdatum', 'Sluitingsdatum'],
    // Guesses: no source names these three fields in Dutch.
    wonTime: ['Gewonnen op', 'Tijdstip gewonnen'],
    closedOn: ['Deal gesloten op'],
    lostTime: ['Verloren op', 'Tijdstip verloren'],
    lastActivity: ['Datum laatste activiteit', 'Laatste activiteit'],
    nextActivity: ['Datum volgende activiteit', 'Volgende activiteit'],
    persons: ['Personen', 'Persoon', 'Contactpersoon', 'Deelnemers'],
  },
};

// Italian. Pipedrive's help centre lists six default activity types (Call, Meeting, Task, Deadline, Email,
// Lunch; its Polish and Norwegian activity articles); their Italian names here are the common product words
// (guess). Its Italian articles (support.pipedrive.com/it, machine translated) say "affare" for a deal, "fase"
// for a stage, "Automazioni" and "Campi dati". Toggle labels, outcome words, feed words and field labels are
// the common product wording for the same terms (guess).
const it: Wording = {
  types: {
    call: ['Chiamata'],
    meeting: ['Riunione', 'Pranzo'],
    // Not "Attività": Pipedrive's Italian word for any activity, a call included.
    task: ['Compito', 'Scadenza'],
    email: ['E-mail', 'Email'],
  },
  note: ['Nota'],
  change: ['Registro modifiche', 'Modifica'],
  file: ['File', 'Documento'],
  campaign: ['Campagna', 'Campagne'],
  received: ['Ricevuta', 'Ricevuto', 'In entrata'],
  sent: ['Inviata', 'Inviato', 'In uscita'],
  from: ['Da'],
  to: ['A', 'Cc'],
  incomingCall: ['Chiamata in entrata', 'Chiamata ricevuta'],
  callFrom: ['Chiamata da', 'Telefonata da'],
  // "Chiamata da fare" is a call to make; "da remoto" says how it is held.
  notCaller: ['fare', 'effettuare', 'programmare', 'pianificare', 'fissare', 'remoto'],
  // "Telefonata", "Telefono"; "Videochiamata", "Incontro", "Visita".
  typeNameWords: {
    call: ['Telefono', 'Telefonata', 'Telefonico', 'Telefonica'],
    meeting: ['Videochiamata', 'Incontro', 'Visita'],
  },
  missedCall: ['Chiamata persa'],
  calledBack: ['richiamato', 'richiamata'],
  done: ['Completata', 'Completato', 'Fatto', 'Segna come non completata', 'Segna come non completato'],
  planned: [
    'Pianificata',
    'Pianificato',
    'Scaduta',
    'In ritardo',
    'Da fare',
    'Segna come completata',
    'Segna come completato',
  ],
  scheduledMail: ['Programmato', 'Programmata', 'Pianificato', 'Pianificata'],
  threadSize: ['# messaggi', '# email', '# e-mail'],
  viewer: ['Tu'],
  noOwner: NO_OWNER.it,
  ownerLabels: [
    'Assegnato a',
    'Assegnata a',
    'Proprietario',
    'Responsabile',
    'Aggiunto da',
    'Aggiunta da',
    'Creato da',
    'Creata da',
  ],
  allFilter: ['Tutto', 'Tutti'],
  loading: ['Caricamento', 'Caricamento in corso'],
  // Guesses; "altre" agrees with "attività" ("Carica altre attività"), "altri" with "elementi" or
  // "messaggi" ("Mostra altri 12": the count is dropped before matching, feed-state.ts).
  showMore: [
    'Mostra altri',
    'Visualizza altri',
    'Carica altri',
    'Mostra altro',
    'Mostra di più',
    'Visualizza altro',
    'Carica altro',
    'Mostra altre',
    'Visualizza altre',
    'Carica altre',
    // "Mostra attività precedenti": the older/earlier forms English has, guesses too.
    'Mostra precedenti',
    'Carica precedenti',
    'Mostra attività precedenti',
    'Visualizza attività precedenti',
    'Carica attività precedenti',
    'Mostra attività meno recenti',
    'Visualizza attività meno recenti',
    'Carica attività meno recenti',
  ],
  controls: [
    'Modifica',
    'Modifica attività',
    'Elimina',
    'Elimina attività',
    'Rispondi',
    'Rispondi a tutti',
    'Inoltra',
    'Aggiungi follow-up',
    'Aggiungi attività di follow-up',
    'Pianifica un’attività',
    "Pianifica un'attività",
  ],
  mailTracking: [
    'ha aperto la tua email',
    'ha aperto la tua e-mail',
    "ha aperto l'email",
    'ha aperto la email',
    'ha cliccato su un link',
    'ha fatto clic su un link',
  ],
  mailTrackingUnnamed: ['Aperto', 'Link cliccato', 'Cliccato'],
  firstPerson: ['io', 'noi'],
  bounce: { addresses: [], senders: [], subjects: ['Non recapitabile:'] },
  foldedMessages: [
    '# messaggi precedenti',
    '# messaggio precedente',
    '# altri messaggi',
    'Altri # messaggi',
    'Mostra altri # messaggi',
    'Mostra # messaggi precedenti',
  ],
  focus: ['Focus', 'In evidenza', 'Fissato', 'Pianificato'],
  focusGroups: [
    'Scaduto',
    'Scadute',
    'Scaduti',
    'Oggi',
    'Domani',
    'In arrivo',
    'Più tardi',
    'Questa settimana',
    'La prossima settimana',
  ],
  history: ['Cronologia', 'Storico'],
  outcomes: {
    'no-answer': ['Nessuna risposta', 'Non connesso', 'Non raggiunto'],
    voicemail: ['Segreteria', 'Messaggio vocale', 'Messaggio lasciato'],
    busy: ['Occupato'],
    connected: ['Connesso', 'Raggiunto'],
  },
  outcomeLabels: ['Esito', 'Risultato'],
  attemptPhrases: [],
  attemptLinks: [],
  gatekeepers: [
    'assistente',
    'segretaria',
    'segretario',
    'reception',
    'receptionist',
    'centralino',
    'centralinista',
    'collega',
    'portineria',
  ],
  gatekeeperLeads: [
    'con',
    'a',
    'al',
    'alla',
    'dal',
    'dalla',
    'la',
    'il',
    'lo',
    "l'",
    "un'",
    'sua',
    'suo',
    'mia',
    'mio',
    'una',
    'un',
  ],
  gatekeeperOwners: ['sua', 'suo', 'sue', 'suoi', 'mia', 'mio'],
  capitalNames: true,
  putThrough: ['trasferito a', 'trasferita a', 'trasferito', 'trasferita', 'passato a', 'passata a', 'mi ha passato'],
  denials: ['non', 'mai'],
  meetingOutcomes: {
    'no-show': ['Non presentato', 'Non presentata', 'Mancata presentazione'],
    cancelled: ['Annullato', 'Annullata'],
    rescheduled: ['Ripianificato', 'Ripianificata', 'Riprogrammato', 'Riprogrammata'],
  },
  meetingHeld: ['Svolto', 'Svolta', 'Tenuto', 'Tenuta', 'Completato', 'Completata'],
  automation: ['Sequenza', 'Automazione', 'Automatizzato', 'Automatizzata', 'Campagna'],
  // Pipedrive's Italian help centre names a deal "affare"; "offerta" and "trattativa" are the other usual words.
  stageField: ['Fase', "Fase dell'affare", 'Fase dell’affare', "Fase dell'offerta", 'Fase della trattativa'],
  stageMove: {
    changed: ['modificata', 'modificato', 'cambiata', 'cambiato'],
    from: ['da'],
    to: ['a'],
    deal: ['trattativa', 'affare'],
  },
  stageMoveLast: [],
  closedEntry: { won: ['Affare vinto', 'Trattativa vinta'], lost: ['Affare perso', 'Trattativa persa'] },
  moreParticipants: ['e altri {n}', 'e {n} altri', 'e {n} altro'],
  dayUnits: ['g', 'giorni', 'giorno'],
  won: ['Vinta', 'Vinto'],
  lost: ['Persa', 'Perso'],
  rotting: [],
  datePrefixes: ['Scadenza', 'Completata', 'Aggiunta', 'Inviata', 'Ricevuta'],
  durationUnits: ['s', 'sec', 'secondo', 'secondi', 'min', 'minuto', 'minuti', 'h', 'ora', 'ore'],
  titleSuffixes: ['Affari', 'Offerte', 'Trattative', 'Persone', 'Contatti', 'Lead', 'Pipedrive'],
  valueKinds: ['Lavoro', 'Casa', 'Cellulare', 'Altro'],
  labels: {
    email: ['E-mail', 'Email'],
    phone: ['Telefono'],
    organization: ['Organizzazione'],
    owner: ['Proprietario'],
    personCreated: ['Persona creata', 'Lead creato', 'Creata', 'Creato'],
    dealCreated: ['Affare creato', 'Offerta creata', 'Trattativa creata', 'Creata', 'Creato'],
    value: ['Valore'],
    currency: ['Valuta'],
    pipeline: ['Pipeline'],
    stage: ['Fase'],
    closeDate: ['Data di chiusura prevista', 'Data di chiusura'],
    wonTime: ['Data di vincita', 'Vinta il', 'Vinto il'],
    closedOn: ['Affare chiuso il', 'Trattativa chiusa il'],
    lostTime: ['Data di perdita', 'Persa il', 'Perso il'],
    status: ['Stato'],
    lastActivity: ['Data ultima attività', "Data dell'ultima attività", 'Ultima attività'],
    nextActivity: ['Data prossima attività', 'Data della prossima attività', 'Prossima attività'],
    persons: ['Persone', 'Persona', 'Persona di contatto', 'Partecipanti'],
  },
};

const BY_LANGUAGE: Record<string, Wording> = { en, de, fr, es, pt, nl, it };

const merged = new Map<string, Wording>();

/**
 * Every language's missed-call words: a call's direction is read from its subject alone where the
 * language is not known (activity-direction.ts, shared with the CSV import).
 */
export const missedCallWords: readonly string[] = Object.values(BY_LANGUAGE).flatMap((words) => words.missedCall);

/** Every language's openings of a call the contact made ("Anruf von …"), read as missed calls are. */
export const callFromWords: readonly string[] = Object.values(BY_LANGUAGE).flatMap((words) => words.callFrom);

/** Every language's words that, after such an opening, name no caller ("Chiamata da fare"). */
export const notCallerWords: readonly string[] = Object.values(BY_LANGUAGE).flatMap((words) => words.notCaller);

/**
 * Every language's words that name a custom type's type, per type: a company's type
 * name is read whatever the page's language (the CSV import reads type cells so too).
 */
export const typeNameWords: Record<'call' | 'meeting', readonly string[]> = {
  call: Object.values(BY_LANGUAGE).flatMap((words) => words.typeNameWords.call ?? []),
  meeting: Object.values(BY_LANGUAGE).flatMap((words) => words.typeNameWords.meeting ?? []),
};

/** Every language's units of a length ("min", "minuti"), lower case: "Chiamata da 30 minuti" names no caller. */
export const durationUnitWords: ReadonlySet<string> = new Set(
  Object.values(BY_LANGUAGE).flatMap((words) => words.durationUnits.map((unit) => unit.toLowerCase())),
);

/**
 * Every language's scheduled-mail badges: whether a mail is planned decides how its
 * date is read, before the page's words are at hand (classify-activity.ts isPlanned).
 */
export const scheduledMailWords: readonly string[] = Object.values(BY_LANGUAGE).flatMap((words) => words.scheduledMail);

/** Every language's thread sizes, each once: a tenant's synced mail keeps the provider's words beside a translated interface. */
export const threadSizeWords: readonly string[] = [
  ...new Set(Object.values(BY_LANGUAGE).flatMap((words) => words.threadSize)),
];

/** Every language's words for a returned call, read beside the missed-call words. */
export const calledBackWords: readonly string[] = Object.values(BY_LANGUAGE).flatMap((words) => words.calledBack);

/** The page language's own words, without English after them; none for a language with no table (a page without `lang` is English). */
export function ownWording(lang: string): Wording | undefined {
  return BY_LANGUAGE[lang.toLowerCase().split('-')[0] || 'en'];
}

/** The page language's words followed by English, every list merged (once per language: the lists key regex caches). */
export function wordingFor(lang: string): Wording {
  const code = lang.toLowerCase().split('-')[0] ?? 'en';
  const own = BY_LANGUAGE[code];
  if (!own || own === en) return en;
  let words = merged.get(code);
  if (!words) {
    words = merge(own, en);
    merged.set(code, words);
  }
  return words;
}

function merge(a: Wording, b: Wording): Wording {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(b) as (keyof Wording)[]) {
    const [x, y] = [a[key], b[key]];
    out[key] = Array.isArray(x) ? [...x, ...(y as readonly string[])] : mergeRecord(x as object, y as object);
  }
  return out as unknown as Wording;
}

function mergeRecord(a: object, b: object): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  const [ra, rb] = [a as Record<string, readonly string[]>, b as Record<string, readonly string[]>];
  for (const key of new Set([...Object.keys(ra), ...Object.keys(rb)]))
    out[key] = [...(ra[key] ?? []), ...(rb[key] ?? [])];
  return out;
}
