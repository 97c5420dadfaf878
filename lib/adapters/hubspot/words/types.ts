import type { ActivityType, Outcome } from '../../../schema/activity';

/** A pattern over folded text (lower case, no accents) and what it means. */
export type Rule<T> = readonly [RegExp, T];

/**
 * HubSpot's wording in one language: what the timeline, property labels and association cards
 * say. Patterns are matched against folded text (lib/locale/fold.ts): lower case, no accents.
 */
export interface HubSpotWords {
  /** Header lines that start with a type word after qualifiers ("Logged call", "Appel - …"). */
  leadingTypes: readonly Rule<ActivityType>[];
  /** Type words anywhere in the header, most specific first. */
  anywhereTypes: readonly Rule<ActivityType>[];
  /** Icon labels and titles. */
  iconTypes: readonly Rule<ActivityType>[];
  callOutcomes: readonly Rule<Outcome>[];
  /**
   * Words that deny or defer an outcome beside its word ("Never connected", "Not yet connected"),
   * folded: a line holding one is a note about the outcome, not its label.
   */
  negations: readonly string[];
  meetingOutcomes: readonly Rule<Outcome>[];
  /** Header or direction-property words for a received touch ("reply", "eingehend"). */
  inbound: RegExp;
  /** Header or direction-property words for a sent one ("sent", "outgoing", "passe par"). */
  outbound: RegExp;
  /**
   * Header words saying the item was put in the CRM ("Logged call", "Llamada registrada"): by a
   * rep, whoever reached whom. An item saying nothing more is presumed the rep's (classify-activity.ts).
   */
  logged: RegExp;
  automated: RegExp;
  /**
   * Type wording of a mail a tool sends without a person writing it ("Correo de marketing"), read in
   * the header's type part only: in a body it is a rep's words ("the marketing email: …"), no tag.
   */
  automatedTypes?: RegExp;
  /**
   * Header words of what happened to an email without anyone writing one: an unsubscribe or other
   * subscription change, a bounce, an open or a click (the event types of HubSpot's public Email
   * Events API: STATUSCHANGE, BOUNCE, OPEN, CLICK). They name "email" but are nobody's touch.
   */
  emailEvents: RegExp;
  /** "from X to Y" / "with X": the words before a person's name. */
  from: readonly string[];
  to: readonly string[];
  /**
   * The labels of an email's party rows, before their colon ("From:", "To:", "Cc:", "Bcc:"), folded:
   * the addresses in them name who wrote and who received it (email-row-addresses.ts).
   */
  emailRows: readonly string[];
  /** Words before the person who did it ("Note by …", "Task assigned to …"). */
  by: readonly string[];
  /**
   * What the owner slot of a record or an item shows when nobody owns it ("No owner"), as written:
   * read as no owner (lib/adapters/no-owner.ts), never a rep's name.
   */
  noOwner: readonly string[];
  /** Verbs after the person who did it, opening a sentence ("Alex Morgan logged a call"). */
  didVerbs: readonly string[];
  /**
   * Wording of record events that are no touch ("Lead status updated", "Form submission", "Lifecycle
   * stage changed"): a header the table reads no type in is a system event when it says one of these,
   * and reported as not read otherwise (guessed from HubSpot's event names; folded, no accents).
   */
  systemEvents: RegExp;
  /**
   * Record events whose name may hold a type word ("Form submission: Book a meeting", "Attended
   * webinar: Discovery call best practices", "Page viewed: Book a meeting", "… enrolled … in the
   * sequence Discovery call follow-up"): said before any type word, the header is the event
   * (classify-activity.ts). The system events' words without those that also name the subject of
   * a touch's own title ("Property tour meeting", "Webinar follow-up call").
   */
  eventFirst: RegExp;
  /** "X booked …", "X called …": the contact acted first. */
  actedFirst: readonly string[];
  /** "X sent …" opening an email's header: X sent it (contact-acted.ts); not read in a body, where it tells of something else. */
  sentFirst?: readonly string[];
  /**
   * Where the sending verb closes the sentence (German, Dutch): its participles, ending a header that
   * opens with the sender's name and a `didVerbs` word ("Lena Vogt hat eine E-Mail an Tom Becker
   * gesendet"): she sent it (contact-acted.ts).
   */
  sentLast?: readonly string[];
  /**
   * Words before the sender's name in a part of its own after the header's dash ("Email - Sent by
   * Priya Raman"), the name ending it: she sent it (contact-acted.ts).
   */
  sentBy?: readonly string[];
  /**
   * Verbs after a contact's name for an email open or click whose header names only what was
   * opened ("Lena Vogt opened Proposal follow-up"): a tracking event, not a touch. Only where
   * `emailEvents` needs the word "email" beside the verb.
   */
  trackedBy?: readonly string[];
  /** Headings of the upcoming and overdue groups. */
  upcoming: RegExp;
  /** A done task ("completed", "erledigt"). */
  completed: RegExp;
  /**
   * Timeline sentences that put the deal in a stage; group 1 is the stage entered, to the
   * sentence's end (or the words that close it, German "… erstellt") with any pipeline after it: a
   * stage's own name may hold "." or parentheses ("Sr. Mgmt approval", "Negotiation (legal)"), so
   * where it ends is settled in stage-sentence.ts, never by the pattern.
   */
  stageChanges: readonly RegExp[];
  /**
   * Timeline sentences that move the deal from one stage to another; group 1 is both stages with a
   * `stageTo` word between ("qualified to buy to presentation scheduled"), ending as in
   * `stageChanges`. A stage's own name may hold that word: the stages the page names settle where
   * the two part (stage-sentence.ts).
   */
  stageMoves: readonly RegExp[];
  /** The words between the stage left and the stage entered ("to", "nach", "para"). */
  stageTo: readonly string[];
  /** "Date entered <stage>" property labels; group 1 is the stage. */
  dateEntered: RegExp;
  /** Heading of the deal's associated contacts card ("Contacts (3)"). */
  contactsHeading: RegExp;
  /**
   * The whole heading of a card of associated records, its count left off ("Deals (1)" → "deals"):
   * the right sidebar's cards (crm-evidence-2.md) and the Overview's show other records, whose
   * dates ("Close date: Dec 15, 2026") are no activity (association-card.ts). HubSpot's object
   * names in this language.
   */
  associations: RegExp;
  /**
   * A control on that card that lists every associated contact, a count in it ("View all associated
   * contacts (12)"): the card shows fewer (deal-contacts.ts). Guess: no public source gives the label.
   */
  contactsViewAll?: RegExp;
  /**
   * A control under the timeline that fetches older items ("Load more", "Show older activity"): no
   * public source gives HubSpot's exact label, so the usual wordings of such a control, a count allowed.
   */
  olderActivity: RegExp;
  /**
   * A link under a card of the newest items that opens the whole timeline ("View all activities"):
   * the reading holds part of it only when that card holds every item read (older-activity-control.ts).
   */
  allActivity: RegExp;
  /**
   * An email item's count of the replies folded under its latest message ("3 replies"), the item's
   * whole line, folded (folded-replies.ts). Guess: no public source gives HubSpot's label.
   */
  foldedReplies: RegExp;
  /**
   * A meeting booked through a meetings link, as its header's type wording says ("Meeting booked -
   * Discovery call"), folded: its item is dated when it was booked, its own slot in its body
   * (meeting-slot.ts). Guess: no public source gives HubSpot's label.
   */
  booked: RegExp;
  /**
   * The whole label of a control drawn beside a value ("Details", "Edit", "View"), as a button or
   * a link: it says what the user may do, not what the record holds (find-items.ts).
   */
  controls: RegExp;
  /**
   * Values HubSpot ships that read like a control's whole label (the default lead status "Open"):
   * shown as a button's own text beside a property's label, they are the value (value-text.ts).
   */
  valuesLikeControls?: RegExp;
  labels: PropertyLabels;
}

/** Property labels as the sidebar and highlight cards print them, in this language. */
export interface PropertyLabels {
  email: readonly string[];
  phone: readonly string[];
  company: readonly string[];
  contactOwner: readonly string[];
  createDate: readonly string[];
  lastContacted: readonly string[];
  timesContacted: readonly string[];
  salesActivities: readonly string[];
  dealStage: readonly string[];
  pipeline: readonly string[];
  amount: readonly string[];
  closeDate: readonly string[];
  dealOwner: readonly string[];
  outcome: readonly string[];
  direction: readonly string[];
}
