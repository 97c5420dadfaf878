import type { ActivityType, Direction, Outcome } from '../../schema/activity';

export interface Classification {
  type: ActivityType;
  direction: Direction;
  automated: boolean;
  outcome?: Outcome;
}

/** What an item says beyond its header: its icon label, outcome/direction properties, people named. */
export interface ItemHints {
  icon?: string;
  isNoteCard?: boolean;
  /** The item's "Outcome" / "Call outcome" / "Meeting outcome" property, or its status text. */
  outcomeText?: string;
  /** The item's "Direction" / "Call direction" property. */
  directionText?: string;
  /** The line naming who did what ("from Jordan Lee to Alex Morgan", "Jordan Lee booked a meeting"). */
  description?: string;
  /** Names of the record's contacts: an email or call *from* one of them is inbound. */
  contactNames?: readonly string[];
}

/** The header's first word after qualifiers ("Logged call", "Sequence email sent by …"). */
const LEADING: [RegExp, ActivityType][] = [
  [
    /^(?:(?:logged|incoming|outgoing|inbound|outbound|tracked|sequence|scheduled|new|completed|open|overdue|upcoming|missed)\s+)*(task|to-?do)\b/,
    'task',
  ],
  [/^(?:(?:logged|new|internal)\s+)*note\b/, 'note'],
  [/^(?:(?:logged|scheduled|new|upcoming|completed|rescheduled|canceled|cancelled)\s+)*meeting\b/, 'meeting'],
  [/^(?:(?:logged|incoming|outgoing|inbound|outbound|missed|new)\s+)*(?:phone\s+)?call\b/, 'call'],
  [/^(?:(?:logged|incoming|outgoing|inbound|outbound|tracked|sequence|marketing|new|scheduled)\s+)*e-?mail\b/, 'email'],
  [/^(?:logged\s+)?(?:linkedin|inmail|social|twitter|facebook)\b/, 'social'],
  [/^(?:logged\s+)?(?:sms|text message|whatsapp)\b/, 'sms'],
];

/** Anywhere in the header, in order of how specific the word is. */
const ANYWHERE: [RegExp, ActivityType][] = [
  [/\bmeeting\b/, 'meeting'],
  [/\b(?:call|called|calling|voicemail)\b/, 'call'],
  [/\b(?:e-?mail|replied|reply)\b/, 'email'],
  [/\b(?:linkedin|inmail|sales navigator)\b/, 'social'],
  [/\b(?:sms|text message|whatsapp)\b/, 'sms'],
  [/\bnote\b/, 'note'],
  [/\btask\b/, 'task'],
];

/** Icon labels (guess: HubSpot's icon names for engagement kinds). */
const ICONS: [RegExp, ActivityType][] = [
  [/task/, 'task'],
  [/note/, 'note'],
  [/meeting|calendar/, 'meeting'],
  [/call|phone/, 'call'],
  [/e-?mail|envelope/, 'email'],
  [/linkedin|social/, 'social'],
  [/sms|text|whatsapp/, 'sms'],
];

/**
 * Type, direction, automation and outcome of one timeline item from its header text, e.g.
 * "Logged call" → outbound call; "Email reply from Jordan Lee" → inbound email; "Sequence email
 * sent by Alex Morgan" → automated outbound email. No public source shows per-item attributes for
 * these (crm-pages.md), so this is read from text: unknown stays unknown.
 */
export function classifyActivity(header: string, hints: ItemHints = {}): Classification {
  const h = header.replace(/\s+/g, ' ').trim().toLowerCase();
  const type = typeOf(h, hints);
  const touch = type !== 'note' && type !== 'task' && type !== 'system';
  const text = `${h} ${(hints.description ?? '').toLowerCase()}`;
  const result: Classification = {
    type,
    direction: touch ? directionOf(type, h, hints) : 'unknown',
    automated:
      type === 'system' || /\b(?:sequence|workflow|automated|automation|marketing email|bulk email)\b/.test(text),
  };
  const outcome =
    type === 'call' || type === 'meeting' ? outcomeOf(type, `${hints.outcomeText ?? ''} ${h}`) : undefined;
  if (outcome) result.outcome = outcome;
  return result;
}

function typeOf(h: string, hints: ItemHints): ActivityType {
  if (hints.isNoteCard) return 'note';
  for (const [pattern, type] of LEADING) if (pattern.test(h)) return type;
  for (const [pattern, type] of ANYWHERE) if (pattern.test(h)) return type;
  const icon = (hints.icon ?? '').toLowerCase();
  for (const [pattern, type] of ICONS) if (icon && pattern.test(icon)) return type;
  return 'system';
}

function directionOf(type: ActivityType, h: string, hints: ItemHints): Direction {
  const stated = (hints.directionText ?? '').toLowerCase();
  if (/\b(?:inbound|incoming)\b/.test(stated)) return 'inbound';
  if (/\b(?:outbound|outgoing)\b/.test(stated)) return 'outbound';
  if (/\b(?:reply|replied|received|incoming|inbound)\b/.test(h) || /^missed call\b/.test(h)) return 'inbound';
  if (/\b(?:sent|logged|outgoing|outbound|sequence)\b/.test(h)) return 'outbound';
  const fromContact = byContact(h, (hints.description ?? '').toLowerCase(), hints.contactNames ?? []);
  if (fromContact !== undefined) return fromContact;
  return type === 'email' ? 'unknown' : 'outbound';
}

/** "from Jordan Lee to Alex" / "Jordan Lee booked a meeting" where Jordan Lee is a contact → inbound. */
function byContact(header: string, description: string, contactNames: readonly string[]): Direction | undefined {
  const text = `${header} ${description}`;
  for (const name of contactNames.map((n) => n.toLowerCase()).filter(Boolean)) {
    const actedFirst = [header, description].some(
      (t) => t.startsWith(`${name} booked`) || t.startsWith(`${name} called`),
    );
    if (actedFirst || text.includes(`from ${name}`)) return 'inbound';
    if (text.includes(`to ${name}`) || text.includes(`with ${name}`)) return 'outbound';
  }
  return undefined;
}

const CALL_OUTCOMES: [RegExp, Outcome][] = [
  [/\bconnected\b/, 'connected'],
  [/\bno answer\b|\bno-answer\b|\bnot answered\b|\bmissed\b/, 'no-answer'],
  [/\bvoicemail\b|\bleft (?:a )?(?:live )?message\b/, 'voicemail'],
  [/\bbusy\b/, 'busy'],
  [/\bwrong number\b/, 'unknown'],
];

const MEETING_OUTCOMES: [RegExp, Outcome][] = [
  [/\bno[- ]show\b/, 'no-show'],
  [/\bcancell?ed\b/, 'cancelled'],
  [/\bcompleted\b|\bheld\b/, 'held'],
  [/\b(?:re)?scheduled\b/, 'unknown'],
];

/** HubSpot's call outcomes (Connected, No answer, Left voicemail, Left live message, Busy, Wrong number) and meeting outcomes. */
export function outcomeOf(type: 'call' | 'meeting', text: string): Outcome | undefined {
  const t = text.toLowerCase();
  for (const [pattern, outcome] of type === 'call' ? CALL_OUTCOMES : MEETING_OUTCOMES)
    if (pattern.test(t)) return outcome;
  return undefined;
}
