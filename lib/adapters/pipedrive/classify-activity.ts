import { exportedTouch } from '../../export/logged-subject';
import { fold } from '../../locale/fold';
import type { ActivityType, Direction, Outcome } from '../../schema/activity';
import { activityDirection } from './activity-direction';
import { callOutcome, meetingOutcome } from './outcomes';
import { escapeRegExp, hasWord, isWord } from './text-match';
import { scheduledMailWords, typeNameWords, type Wording, wordingFor } from './wording';

/** What an item's markup and text say, before classification. */
export interface ItemFacts {
  /**
   * `activity`, `note`, `email` (mail sync), `campaign` (a Campaigns mail), `change` (changelog),
   * `file`, or '' when unknown.
   */
  kind: string;
  /** The activity type's key or label: Call, Meeting, Task, Deadline, Email, Lunch or user-defined. */
  typeName: string;
  /** The item's whole text, for outcome and automation words. */
  text: string;
  /**
   * The item's subject, where a call's incoming wording counts ("Call from Dana"); a call's notes
   * are prose ("the call from Monday"). Without it, the whole text stands in.
   */
  title?: string;
  /** Done checkbox state, where the item has one. */
  done: boolean | undefined;
  /** Shown in the Focus section (planned activities and pinned notes). */
  inFocus: boolean;
  /** Shown in the History section, the CRM's past one (metrics.md: a meeting listed there is held). */
  inHistory?: boolean;
  /** The call outcome line, where the item has one ("Outcome: No answer"). */
  outcomeText?: string;
  /** The item's icon or type label says the call came in ("Incoming call", "Eingehender Anruf"). */
  inbound?: boolean;
  /** The item's lines of text (lines.ts), where an outcome is stated at a line's start. */
  lines?: string[];
  /** The item's smallest pieces of text (lines.ts chunks), where a badge or tag stands alone. */
  chunks?: string[];
  /**
   * The names the item's icons give (`aria-label`, `title`, `alt`: type-signals.ts iconLabels), where
   * a tag drawn as an icon alone says what it is (crm-evidence-2.md: meaning in an icon's label).
   */
  iconNames?: string[];
  /** A mail's direction from its sent/received label or its sender (mail-direction.ts). */
  mailDirection?: Direction;
}

export interface Classification {
  type: ActivityType;
  direction: Direction;
  automated: boolean;
  outcome?: Outcome;
  planned?: boolean;
}

/**
 * Pipedrive's item kinds and activity types to Touchline types. Built-in types are Call,
 * Meeting, Task, Deadline, Email and Lunch; companies add their own (LinkedIn, SMS, Demo…), read
 * by name. An unrecognised custom type counts as a task: it is not claimed as a touch. Files
 * and documents are not activities (null).
 */
export function classifyItem(facts: ItemFacts, words: Wording = wordingFor('en')): Classification | null {
  const kind = facts.kind.toLowerCase();
  const text = facts.text.toLowerCase();
  if (kind === 'file' || kind === 'document') return null;
  if (kind === 'note') return { type: 'note', direction: 'unknown', automated: false };
  if (kind === 'change') return { type: 'system', direction: 'unknown', automated: true };
  // A Pipedrive Campaigns mail: a bulk mail the campaign sent to the person (metrics.md: automated).
  if (kind === 'campaign') return { type: 'email', direction: 'outbound', automated: true };
  if (kind === 'email')
    return {
      type: 'email',
      direction: facts.mailDirection ?? 'unknown',
      automated: isAutomated(facts, words),
      ...(isPlanned(facts) ? { planned: true } : {}),
    };
  return classifyActivity(facts, text, words);
}

/** Kinds of feed entries that are never planned: only activities and mail are. */
const NEVER_PLANNED = new Set(['file', 'document', 'note', 'change']);

/**
 * An activity not done, or shown in Focus where it shows no done state; a mail scheduled to go out
 * later (planned, metrics.md: never a touch while shown so), told by its "Scheduled" badge alone:
 * Focus also keeps mail pinned on top, sent long ago, whose pin may be an icon only. Asked before
 * the page's words are at hand (the date is read as ahead or past by it), so every language's
 * badges are asked, each only as a piece of text standing alone.
 */
export function isPlanned(facts: ItemFacts): boolean {
  const kind = facts.kind.toLowerCase();
  if (NEVER_PLANNED.has(kind)) return false;
  if (kind === 'email') return (facts.chunks ?? []).some((chunk) => isWord(chunk, scheduledMailWords));
  return facts.done === undefined ? facts.inFocus : !facts.done;
}

function classifyActivity(facts: ItemFacts, text: string, words: Wording): Classification {
  const subject = (facts.title ?? facts.text).toLowerCase();
  const type = typeOfActivity(facts.typeName, subject);
  const planned = isPlanned(facts);
  const base = { type, automated: isAutomated(facts, words), ...(planned ? { planned: true } : {}) };
  if (type === 'call') {
    const direction = activityDirection(type, subject, facts.inbound || hasWord(subject, words.incomingCall));
    return planned
      ? { ...base, direction }
      : {
          ...base,
          direction,
          outcome: callOutcome(facts.outcomeText ?? '', facts.text, words, facts.lines, facts.chunks),
        };
  }
  const direction = activityDirection(type, subject);
  if (type === 'meeting' && !planned) {
    return {
      ...base,
      direction,
      outcome: meetingOutcome(text, facts.done ?? facts.inHistory, words, facts.lines, facts.chunks),
    };
  }
  return { ...base, direction };
}

/**
 * The type an activity's type name says; a Task (or a type no word names) whose subject is one
 * Touchline's import file wrote is the touch it names (lib/export/logged-subject.ts): the file
 * writes a LinkedIn message or SMS as a Task, Pipedrive's built-in types having neither.
 */
function typeOfActivity(typeName: string, subject: string): ActivityType {
  const named = activityTypeOf(typeName.toLowerCase());
  return named === 'task' ? (exportedTouch(subject)?.channel ?? named) : named;
}

/** Activity type names, built-in and common custom ones; a name none of them says is a task. */
export function activityTypeOf(name: string): ActivityType {
  return typeOfName(name) ?? 'task';
}

/**
 * The type a type name says by a word it holds ("Demo call", "LinkedIn"); undefined where no word
 * says one (a company's own "Site survey"), which the reader counts as a task and the CSV import
 * reports as read so.
 */
export function typeOfName(name: string): ActivityType | undefined {
  // Accents folded: a French "Démo" is a demo, "telephonique" is "Téléphonique" either way.
  const n = fold(name);
  if (/\bcall|phone/.test(n) || hasWholeWord(n, typeNameWords.call)) return 'call';
  if (/meeting|lunch|demo|visit|video|zoom|conference|webinar/.test(n) || hasWholeWord(n, typeNameWords.meeting))
    return 'meeting';
  if (/linkedin|inmail|social|twitter|facebook|instagram/.test(n)) return 'social';
  if (/\bsms\b|text message|whatsapp|\btext\b/.test(n)) return 'sms';
  if (/e-?mail/.test(n)) return 'email';
  if (/\bnote\b/.test(n)) return 'note';
  return undefined;
}

const wholeWords = new Map<readonly string[], RegExp>();

/** The folded name holds one of the words as a whole word ("relance telephonique", never "telefonnummer"). */
function hasWholeWord(folded: string, words: readonly string[]): boolean {
  let re = wholeWords.get(words);
  if (!re) {
    const alternatives = words.map((w) => escapeRegExp(fold(w))).join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
    wholeWords.set(words, re);
  }
  return words.length > 0 && re.test(folded);
}

/** Item kinds read from a type label or class when the item carries no kind attribute. */
export function kindOf(label: string): string {
  const l = label.toLowerCase();
  if (/\bnote\b/.test(l)) return 'note';
  if (/\b(file|document)\b/.test(l)) return 'file';
  if (/changelog|\bchange\b|deal created|person created|stage changed/.test(l)) return 'change';
  if (/\b(mail|email-message|mail-message)\b/.test(l)) return 'email';
  return '';
}

/**
 * Sequences, automations and campaigns send without a person writing each message. Only their
 * tag says so: a badge that is the word alone ("Automated") or a labelled tag ("Sequence: Q4
 * outreach"), shown as text or as an icon's name (`role="img" aria-label="Automation"`). The same
 * words in prose ("the campaign numbers", "your onboarding sequence") are what reps and customers
 * write about, not who sent it.
 */
function isAutomated(facts: ItemFacts, words: Wording): boolean {
  const tags = words.automation.map((w) => w.replace(/\s*:$/, ''));
  const labelled = new RegExp(`(?<![\\p{L}\\p{N}])(?:${tags.map(escapeRegExp).join('|')})\\s*:`, 'iu');
  const icons = facts.iconNames ?? [];
  if ([facts.text, ...icons].some((text) => labelled.test(text))) return true;
  return [...(facts.chunks ?? []), ...icons].some((name) => isWord(name, tags));
}
