import { LOGGED_EMAIL_PREFIX } from './logged-email-prefix';
import { AUTOMATION, SYSTEM_USERS } from './tool-actors';
import type { SalesforceWords } from './types';

/** Words that join a topic to what was said, never part of a name before a possessive. */
const EN_TOPIC_WORDS = '(?:about|re|regarding|on|for|and|to|with|over)';

/** Who comes to the phone in the contact's stead: an assistant, the front desk, the switchboard, a colleague. */
const EN_GATEKEEPER =
  '(?:(?:executive|personal|administrative|main|company|general) )?(?:assistant|receptionist|reception|front desk|front office|switchboard|operator|secretary|gatekeeper|colleague|co-?worker|office manager)s?';

/**
 * Whose: a name of up to three words with its possessive ("Ana's", "Ana Ortiz's", "Siobhan
 * O'Brien's"), or the possessive alone where the contact's own name was left out of the comments
 * (classify-activity.ts withoutNames: "Reached  's voicemail"). No word of a name is a word that
 * joins a topic to the talk ("Spoke with Ana about Tom's voicemail setup" reached Ana).
 */
const EN_NAMES_OWN = String.raw`(?:(?:(?!${EN_TOPIC_WORDS}\b)[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)?['’]s`;

/** English as Lightning prints it (crm-evidence-2.md: summary sentences, due dates, section headings). */
export const en: SalesforceWords = {
  typeWords: {
    call: ['Call', 'Logged Call', 'Log a Call'],
    email: ['Email', 'List Email', 'Email Message'],
    meeting: ['Event', 'Meeting'],
    task: ['Task'],
  },
  subjectType: { call: ['Call', 'Phone'], email: ['Email'] },
  loggedEmailPrefix: [...LOGGED_EMAIL_PREFIX],
  sentenceType: {
    call: ['logged a call', 'a call with'],
    // The design system's blueprint: "You emailed Lea Chan" (crm-evidence-2.md, SLDS Activity Timeline).
    email: ['sent an email', 'sent you an email', 'an email', 'emailed'],
    meeting: ['an event', 'upcoming event'],
  },
  // Outlook's label before a cancelled meeting's subject (cancelled-subject.ts).
  cancelledPrefix: ['Canceled', 'Cancelled'],
  upcoming: ['have an upcoming', 'has an upcoming'],
  overdueSentence: ['have an overdue', 'has an overdue'],
  done: ['had a', 'had an', 'logged a', 'logged an', 'sent an', 'sent you', 'emailed'],
  inboundEmail: ['sent you an email'],
  // The blueprint's "You emailed Lea Chan" / "Lea Chan emailed You": whoever comes before the verb sent it.
  sentenceShapes: ['{actor} emailed {other}'],
  // "created": the blueprint's "You created an event with Aida Lee and 5 others", the creator's
  // meeting; it says nothing of whether the event took place (its section does).
  actorVerbs: ['logged', 'had', 'has', 'have', 'sent', 'emailed', 'created'],
  you: ['You'],
  // crm-evidence-2.md: "You had a Task with X and 2 others"; one person more in the singular.
  othersTail: ['and {n} others', 'and {n} other'],
  // crm-evidence-2.md: "'with' names a contact or lead, 'about' a related record".
  relatedRecord: ['about {record}'],
  automation: AUTOMATION.en,
  systemUsers: SYSTEM_USERS.en,
  from: ['From'],
  to: ['To'],
  overdue: ['Overdue'],
  noDueDate: ['No due date'],
  upcomingSection: ['Upcoming & Overdue', 'Upcoming and Overdue', 'Open Activities', 'Next Steps'],
  // "This Month" is crm-evidence-2.md's (B); "Last Month" and "Next Month" are a guess in its style.
  monthGroups: { previous: ['Last Month'], current: ['This Month'], next: ['Next Month'] },
  currentStep: ['Current Stage'],
  closedPlaceholder: ['Closed'],
  closedWon: ['Closed Won'],
  closedLost: ['Closed Lost'],
  callResults: {
    // "Not Interested" is an answer only someone on the phone gives: the call reached a person.
    connected: ['Meaningful Connect', 'Not Interested'],
    voicemail: ['Left Voicemail'],
    // "Call Back Later" may be what the person asked or the rep's own retry after no answer (the
    // documented results have no "No Answer"); "Unqualified" may come from a talk or from a wrong
    // number or the record's data. Neither says whether anyone was reached.
    unsettled: ['Call Back Later', 'Unqualified'],
  },
  callComments: {
    connect: /\b(connected|spoke with|reached(?! out\b)|answered)\b/,
    negation:
      /\b(?:no ?one|no-one|nobody|not|never|did(?: not|n['’]?t)|has(?: not|n['’]?t)|have(?: not|n['’]?t)|could(?: not|n['’]?t)|was(?: not|n['’]?t))\b/,
    earlier: /\b(?:last|previously|earlier)\b/,
    dated:
      /\b(?:on|in|since|back in) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:last|previous) (?:week|month|year|quarter|time)\b|\b\d+ (?:days?|weeks?|months?|years?) ago\b|\byesterday\b/,
    // A machine ("reached voicemail", "reached Ana's voicemail", "reached Siobhan O'Brien's voicemail",
    // "connected to VM", "answered by the machine") or another channel ("connected on LinkedIn",
    // "answered my email").
    noPerson: new RegExp(
      String.raw`^(?:(?:to|on|via|by|with)\s+)?(?:(?:her|his|their|the|an?|my|our|${EN_NAMES_OWN})\s+)?(?:voice ?mail|vm|(?:answering )?machine|answering service|recording|e-?mail|message|text|sms|linkedin|inmail)\b`,
    ),
    // It went to or reached a voicemail, the rep left one or a message, nobody answered, the line was
    // busy, or the clause is that word alone.
    resultFailure: new RegExp(
      [
        String.raw`\b(?:went|goes|go|going|rolled|rang|sent|reached)(?: \w+)? (?:to |into )?(?:voice ?mail|vm)\b`,
        String.raw`\bleft (?:a |an |her |him |them |another )?(?:\w+ )?(?:voice ?mail|vm|message)\b`,
        String.raw`\bno[- ]answer\b|\bnot answered\b|\bunanswered\b`,
        String.raw`\b(?:no ?one|no-one|nobody|did(?: not|n['’]?t)|never)(?: \w+)? (?:answer(?:ed)?|pick(?:ed)? up)\b`,
        String.raw`\bbusy (?:signal|tone)\b|\bline (?:was |is )?busy\b`,
        String.raw`^\s*(?:voice ?mail|vm|busy)\s*$`,
      ].join('|'),
    ),
    // "Spoke with her assistant", "reached the front desk", "answered by reception", "the receptionist answered".
    gatekeeper: {
      reached: new RegExp(
        String.raw`^(?:(?:to|with|by)\s+)?(?:(?:her|his|their|the|an?|its|our|my|${EN_NAMES_OWN})\s+){0,2}${EN_GATEKEEPER}\b`,
      ),
      answered: new RegExp(String.raw`\b${EN_GATEKEEPER} answered$`),
      owned: /\b(?:her|his|their|its|our|my)\s|['’]s\s/,
      titleBeforeName: true,
    },
    // "Spoke with her assistant, who put me through to Ana", "reached the front desk, transferred to Ana".
    putThrough:
      /\b(?:put (?:me |us )?through(?: to)?|transferred (?:me |us )?(?:to|over to)|transferred|forwarded (?:me |us )?to|patched (?:me |us )?through(?: to)?)\b/,
    failures: [
      [/voice ?mail|\bleft (a )?(vm|message)\b/, 'voicemail'],
      [/no[- ]answer|not answered|unanswered|no response/, 'no-answer'],
      [/\bbusy\b/, 'busy'],
      [/\bnot (connected|reached)\b|\bdid(?: not|n['’]?t) connect\b|\bcould(?: not|n['’]?t) reach\b/, 'no-answer'],
      // "Nobody answered", "no one picked up", "she didn't answer": no one came to the phone.
      [
        /\b(?:no ?one|no-one|nobody|did(?: not|n['’]?t)|has(?: not|n['’]?t)|never)(?: \w+)? (?:answer(?:ed)?|pick(?:ed)? up)\b/,
        'no-answer',
      ],
    ],
  },
  inboundCall: ['Inbound'],
  // LinkedIn, WhatsApp and SMS are the same word in every language: only English lists them.
  // Outreach's own LinkedIn task "LinkedIn: View a Profile" (public reporting code keeps it apart
  // from touches) is a look-up.
  messageSubject: {
    names: { social: ['LinkedIn', 'Social'], sms: ['WhatsApp'] },
    messages: {
      social: ['InMail', 'LinkedIn message', 'LinkedIn messages', 'connection request'],
      sms: ['SMS', 'MMS', 'text message', 'WhatsApp message'],
    },
    messageWords: ['message', 'reply', 'DM', 'touch', 'connection request'],
    sentVerbs: ['sent', 'messaged', 'texted', 'pinged', "DM'd", 'DMed', 'followed up', 'reached out'],
    via: ['via', 'on', 'over'],
    research: ['view a profile', 'view profile', 'viewed profile', 'profile view', 'research', 'look up'],
    topic: {
      before: ['re', 'about', 'regarding'],
      after: [
        'campaign',
        'campaigns',
        'template',
        'templates',
        'results',
        'report',
        'opt-out',
        'policy',
        'list',
        'blast',
        'workflow',
        'playbook',
        'provider',
        'integration',
        'consent',
        'settings',
        'budget',
        'copy',
      ],
      orders: [
        'draft',
        'review',
        'prepare',
        'update',
        'write',
        'plan',
        'create',
        'approve',
        'set up',
        'configure',
        'test',
        'check',
      ],
    },
    inbound: ['inbound', 'incoming', 'received', 'reply from', 'missed'],
    from: ['from'],
  },
  // "View More" is the wording the brief names beside "Show All Activities"; where Lightning puts
  // it (below the last group, as "Load More Past Activities") is a guess, no capture found (trust C).
  loadMore: ['Load More Past Activities', 'Load More Past Activity', 'Load More Activities', 'Load More', 'View More'],
  showAll: ['Show All Activities'],
  filtersLabel: ['Filters', 'Filter'],
  allFilters: ['All time', 'All activities', 'All types'],
  labels: {
    contactName: ['Name', 'Full Name'],
    dealName: ['Opportunity Name', 'Name'],
    email: ['Email'],
    phone: ['Phone', 'Mobile', 'Mobile Phone'],
    company: ['Account Name', 'Company'],
    contactOwner: ['Contact Owner', 'Lead Owner', 'Owner'],
    dealOwner: ['Opportunity Owner', 'Owner'],
    lastActivity: ['Last Activity', 'Last Activity Date'],
    created: ['Created By', 'Created Date', 'Created'],
    stage: ['Stage'],
    amount: ['Amount'],
    closeDate: ['Close Date'],
    lastStageChange: ['Last Stage Change Date'],
    stageDuration: ['Days in Stage', 'Stage Duration'],
    stageHistory: ['Stage History'],
    contactRoles: ['Contact Roles', 'Opportunity Contact Roles'],
    historyStage: ['Stage', 'To Stage'],
    historyDate: ['Last Modified', 'Last Modified Date', 'Date'],
    roleContact: ['Contact Name', 'Name', 'Contact'],
    notes: ['Notes', 'Notes & Attachments'],
    noteTitle: ['Title', 'Name'],
    noteDate: ['Created Date', 'Created', 'Last Modified', 'Date'],
    noteOwner: ['Created By', 'Owner', 'Last Modified By'],
    fieldHistory: ['Contact History', 'Lead History', 'Opportunity Field History', 'Opportunity History'],
    historyField: ['Field', 'Field / Event', 'Action'],
    historyNewValue: ['New Value'],
    historyUser: ['User', 'Edited By', 'Changed By'],
    historyWhen: ['Date', 'Edited', 'Created Date'],
    callResult: ['Call Result', 'Call Outcome'],
    // An activity's Description (a Task shows it as "Comments"): a logged email's own text (logged-mail-header.ts).
    description: ['Description', 'Comments'],
    /** The activity's owner column in Open Activities and Activity History (Salesforce Help, Task field "Assigned to"). */
    assignedTo: ['Assigned To'],
    // The blueprint's email rows, with no colon (crm-evidence-2.md, SLDS Activity Timeline).
    fromAddress: ['From Address'],
    toAddress: ['To Address'],
  },
};
