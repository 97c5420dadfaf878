import { NO_OWNER } from './no-owner';
import type { HubSpotWords } from './types';

/** HubSpot in English (crm-pages.md, crm-evidence-2.md and the existing fixtures' wording). */
export const en: HubSpotWords = {
  leadingTypes: [
    // HubSpot's task types (Call, Email, LinkedIn, To-do) lead a task's header: "Call task assigned to …".
    [
      /^(?:(?:logged|incoming|outgoing|inbound|outbound|tracked|sequence|scheduled|new|completed|open|overdue|upcoming|missed|call|e-?mail|linkedin|to-?do)\s+)*(task|to-?do)\b/,
      'task',
    ],
    [/^(?:(?:logged|new|internal)\s+)*note\b/, 'note'],
    [/^(?:(?:logged|scheduled|new|upcoming|completed|rescheduled|canceled|cancelled)\s+)*meeting\b/, 'meeting'],
    [/^(?:(?:logged|incoming|outgoing|inbound|outbound|missed|new)\s+)*(?:phone\s+)?call\b/, 'call'],
    [
      /^(?:(?:logged|incoming|outgoing|inbound|outbound|tracked|sequence|marketing|new|scheduled)\s+)*e-?mail\b/,
      'email',
    ],
    [/^(?:logged\s+)?(?:linkedin|inmail|social|twitter|facebook)\b/, 'social'],
    [/^(?:logged\s+)?(?:sms|text message|whatsapp)\b/, 'sms'],
    // crm-evidence-2.md: a collapsed call preview shows its outcome, not the word "call".
    [/^(?:connected|no answer|left (?:a )?(?:live )?(?:voicemail|message)|busy|wrong number)\b/, 'call'],
  ],
  anywhereTypes: [
    [/\bmeeting\b/, 'meeting'],
    [/\b(?:call|called|calling|voicemail)\b/, 'call'],
    [/\be-?mail\b/, 'email'],
    [/\b(?:linkedin|inmail|sales navigator)\b/, 'social'],
    [/\b(?:sms|text message|whatsapp)\b/, 'sms'],
    // A reply is an email unless it names its channel ("replied to your LinkedIn message").
    [/\b(?:replied|reply)\b/, 'email'],
    [/\bnote\b/, 'note'],
    [/\btask\b/, 'task'],
  ],
  /** Guess: HubSpot's icon names for engagement kinds. */
  iconTypes: [
    [/task/, 'task'],
    [/note/, 'note'],
    [/meeting|calendar/, 'meeting'],
    [/call|phone/, 'call'],
    [/e-?mail|envelope/, 'email'],
    [/linkedin|social/, 'social'],
    [/sms|text|whatsapp/, 'sms'],
  ],
  /** HubSpot's call outcomes: Connected, No answer, Left voicemail, Left live message, Busy, Wrong number. */
  callOutcomes: [
    [/\bnot connected\b|\bdid(?: not|n'?t) connect\b/, 'no-answer'],
    [/\bconnected\b/, 'connected'],
    [/\bno answer\b|\bno-answer\b|\bnot answered\b|\bmissed\b/, 'no-answer'],
    [/\bvoicemail\b|\bleft (?:a )?(?:live )?message\b/, 'voicemail'],
    [/\bbusy\b/, 'busy'],
    [/\bwrong number\b/, 'no-answer'],
  ],
  negations: ['never', 'not', 'no', "didn't", 'didnt', 'yet'],
  meetingOutcomes: [
    [/\bno[- ]show\b/, 'no-show'],
    [/\bcancell?ed\b/, 'cancelled'],
    [/\bcompleted\b|\bheld\b/, 'held'],
    [/\brescheduled\b/, 'rescheduled'],
    [/\bscheduled\b/, 'unknown'],
  ],
  inbound: /\b(?:reply|replied|received|incoming|inbound)\b|^missed call\b/,
  outbound: /\b(?:sent|outgoing|outbound|sequence|made by)\b/,
  logged: /\blogged\b/,
  // An open or a click only beside what was opened or clicked: a subject such as "Re: opened the
  // account" is an email.
  emailEvents:
    /\b(?:unsubscribed|resubscribed|opted (?:out|in)|subscription status|(?:hard|soft) bounce|bounced|opened (?:\w+ )?e-?mails?|e-?mails? (?:was )?(?:opened|clicked)|clicked (?:on )?(?:an? |the )?(?:link|url)|marked as spam|spam report)\b/,
  automated: /\b(?:sequences?|workflows?|automated|automation|marketing email|bulk email)\b/,
  from: ['from'],
  to: ['to', 'with'],
  // The rows HubSpot's email previews open with ("From: …", "To: …"); Cc and Bcc as mail clients print them.
  emailRows: ['from', 'to', 'cc', 'bcc'],
  by: ['by', 'assigned to'],
  noOwner: NO_OWNER.en,
  didVerbs: ['logged', 'sent', 'had', 'created', 'scheduled', 'left', 'made', 'added', 'moved', 'called', 'emailed'],
  eventFirst:
    /\b(?:updated|changed|submitted|submission|form|page views?|viewed|visited|became|lifecycle|lead status|assigned|associated|association|merged|imported|enrolled|unenrolled|ticket|ad interaction|registered|attended)\b/,
  systemEvents:
    /\b(?:updated|changed|submitted|submission|form|page views?|viewed|visited|became|lifecycle|lead status|property|assigned|associated|association|merged|imported|enrolled|unenrolled|ticket|ad interaction|registered|attended|webinar)\b/,
  actedFirst: ['booked', 'called'],
  // Guess, as "booked" and "called": the contact's email said as his act ("Jordan Lee sent an email to …").
  sentFirst: ['sent', 'emailed'],
  // Guess, as "Email sent by …": the sender named in the part after the type's dash ("Email - Sent by Priya Raman").
  sentBy: ['sent by'],
  trackedBy: ['opened', 'clicked'],
  upcoming: /^(?:upcoming|overdue)\b/,
  completed: /\bcompleted\b/,
  // Only the deal's own stage: "Lifecycle stage changed to Opportunity" names a contact's stage.
  stageChanges: [
    /(?:^|\bdeal )stage (?:was |has been )?(?:changed|moved|updated|set) to (.+)$/,
    /\b(?:changed|moved|updated|set) (?:the )?deal stage to (.+)$/,
    /\bcreated (?:the |this )?deal in (?:stage )?(.+)$/,
    /^deal stage: (.+)$/,
  ],
  // HubSpot's default pipeline has "Qualified to buy": "moved the deal from Qualified to buy to …".
  stageMoves: [
    /(?:^|\bdeal )stage (?:was |has been )?(?:changed|moved|updated|set) from (.+)$/,
    /\b(?:changed|moved|updated|set) (?:the )?deal stage from (.+)$/,
    /\bmoved (?:the |this )?deal from (.+)$/,
  ],
  stageTo: ['to'],
  // HubSpot's "Date entered "Proposal (Sales Pipeline)"" properties (crm-evidence-2.md).
  dateEntered: /^date entered ["“']?(.+?)["”']?$/,
  contactsHeading: /^contacts?\b/,
  // Guess: HubSpot's object names as its English cards head them (no source shows the cards' headings).
  associations: /^(?:contacts?|compan(?:y|ies)|deals?|tickets?|quotes?)$/,
  // Guess: no public source gives this label.
  contactsViewAll: /^(?:view|see|show) all (?:\d+ )?(?:associated )?contacts(?: \(\d+\))?$/,
  olderActivity:
    /^(?:load|show|see|view) (?:\d+ )?(?:more|older)(?: (?:past |older )?(?:activit(?:y|ies)|items?|events?))?$/,
  // Guess, as `olderActivity`.
  allActivity: /^(?:view|see|show) all(?: \d+)? activit(?:y|ies)$/,
  // Guess: a count of replies folded into an email thread.
  foldedReplies: /^\d+ (?:more )?(?:replies|reply)$/,
  // Guess: a meeting booked through a meetings link, as its header says it.
  booked: /\bbooked\b/,
  controls: /^(?:details|view(?: details)?|edit|open|preview|more|show|hide|actions|copy)$/,
  // HubSpot's default lead statuses include "Open" (and "Open Deal", no control's label).
  valuesLikeControls: /^open$/,
  labels: {
    email: ['Email'],
    phone: ['Phone number', 'Phone', 'Mobile phone number'],
    company: ['Company name', 'Company'],
    contactOwner: ['Contact owner', 'Owner'],
    createDate: ['Create date', 'Created date'],
    lastContacted: ['Last contacted'],
    timesContacted: ['Number of times contacted'],
    salesActivities: ['Number of sales activities'],
    dealStage: ['Deal stage', 'Stage'],
    pipeline: ['Pipeline'],
    amount: ['Amount'],
    closeDate: ['Close date', 'Expected close date'],
    dealOwner: ['Deal owner', 'Owner'],
    outcome: ['Outcome', 'Call outcome', 'Meeting outcome', 'Status'],
    direction: ['Direction', 'Call direction'],
  },
};
