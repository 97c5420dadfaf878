import { pageText } from '../adapters/dom';
import type { PageClock } from '../adapters/types';
import { fold } from '../locale/fold';
import { isAmbiguousDate, readPageDate } from '../locale/page-date';
import type { PageLocale } from '../locale/page-locale';
import { isOutOfOffice } from '../locale/words/find-words';
import type { ActivityType, Crm, Direction } from '../schema/activity';
import { evidenceOf } from './date-order';
import { dateTextOf } from './done-time';
import { exportDirection } from './export-direction';
import type { ImportField } from './fields';
import type { ColumnMapping } from './mapping';
import { type KnownOwners, ownerCell } from './owner-cell';
import { cellsByField } from './per-type-columns';
import { pipedriveMeetingOutcome, pipedriveTypeOf } from './pipedrive-page-words';
import { type ImportRow, idsIn, importRowSchema, sourceIdOf } from './row-schema';
import {
  salesforceCallResultOutcome,
  salesforceMeetingOutcome,
  salesforceTaskChannel,
  salesforceTitle,
} from './salesforce-page-words';
import { type ValueWords, valueWordsOf } from './value-words';

export interface RowContext {
  crm: Crm;
  mapping: ColumnMapping;
  /** "Now" and the zone the export's dates are read in (the browser's, as for pages). */
  clock: PageClock;
  /** The owners the account already knows, that an owner cell spelt otherwise is read as (ownerCell). */
  owners?: KnownOwners;
}

/** `readAsTask`: why a row whose type no rule recognises was read as a task, for the import's report. */
export type RowReading = { ok: true; row: ImportRow; readAsTask?: string } | { ok: false; reason: string };

/** One export row read through the mapping, validated with zod; a row that cannot be read says why. */
export function readRow(cells: readonly string[], context: RowContext): RowReading {
  const { crm, mapping } = context;
  // The row's type is read first from the cells as they are; then its own type's columns are read.
  const typeCells = cellsByField(cells, mapping);
  const words = valueWordsOf(crm);
  const dateText = dateTextOf(typeCells, words);
  if (!dateText) return { ok: false, reason: 'no date' };
  const locale: PageLocale = {
    lang: mapping.lang ?? 'en',
    ...(mapping.dayFirst === undefined ? {} : { dayFirst: mapping.dayFirst }),
  };
  // A file mixing orders: a date that shows the other order is no date of the chosen one (reported, not stored).
  const shown = evidenceOf(dateText);
  if (mapping.dayFirst !== undefined && shown && shown !== (mapping.dayFirst ? 'day-first' : 'month-first'))
    return {
      ok: false,
      reason: `date does not fit the chosen order (${mapping.dayFirst ? 'day' : 'month'} first): "${dateText}"`,
    };
  const date = readPageDate(dateText, context.clock, locale);
  if (!date) {
    const why = isAmbiguousDate(dateText, locale) ? 'date order unknown' : 'date not read';
    return { ok: false, reason: `${why}: "${dateText}"` };
  }
  const typed = typeOf(typeCells, words, crm, mapping);
  if (typeof typed !== 'string' && 'reason' in typed) return { ok: false, reason: typed.reason };
  const type = typeof typed === 'string' ? typed : 'task';
  const cell = mapping.perType ? cellsByField(cells, mapping, type) : typeCells;
  // A direction stated in a word not understood (Salesforce's "Internal") is not guessed as outbound.
  if (cell.direction && !words.directions.has(fold(cell.direction)))
    return { ok: false, reason: `direction not understood: "${cell.direction}"` };
  const status = cell.status ? words.status.get(fold(cell.status)) : undefined;
  if (cell.status && !status) return { ok: false, reason: `status not understood: "${cell.status}"` };
  // A row on a lead has its id in the lead column only; the contact column, where filled, names the contact.
  const contactIdCell = cell.contactId ?? cell.leadId;
  const contactIds = idsIn(contactIdCell, crm, 'contact');
  const dealIds = idsIn(cell.dealId, crm, 'deal');
  if (contactIds === 'invalid') return { ok: false, reason: `not a ${crm} contact id: "${contactIdCell}"` };
  if (dealIds === 'invalid') return { ok: false, reason: `not a ${crm} deal id: "${cell.dealId}"` };
  const sourceId = sourceIdOf(cell.sourceId, crm);
  if (sourceId === 'invalid') return { ok: false, reason: `not a ${crm} activity id: "${cell.sourceId}"` };
  const subject = pageText(cell.subject ?? '');
  const title = crm === 'salesforce' ? salesforceTitle(subject, type, sourceId, mapping.lang) : subject;
  const { direction, presumed } = directionOf(cell, type, crm, words, { title, lang: mapping.lang });
  const parsed = importRowSchema.safeParse(
    defined({
      type,
      direction,
      directionPresumed: presumed || undefined,
      timestamp: date.timestamp,
      timePrecision: date.timePrecision,
      title,
      owner: ownerCell(cell.owner, crm, context.owners),
      outcome: outcomeOf(cell.outcome, type, words, { crm, title, status, lang: mapping.lang }),
      // false: the export shows it done, which ends a planned sighting of the same item (fillIn).
      planned: status === 'planned' ? true : status === 'done' ? false : undefined,
      automated: isAutomated(cell, type, direction, title, words, locale.lang) ? true : undefined,
      sourceId,
      contactIds,
      contactEmails: emailsOf(cell),
      contactName: cell.contactName,
      dealIds,
      dealName: cell.dealName,
    }),
  );
  if (!parsed.success)
    return { ok: false, reason: `invalid ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}` };
  if (typeof typed === 'string') return { ok: true, row: parsed.data };
  return { ok: true, row: parsed.data, readAsTask: `read as a task: type "${typed.notKnown}" not known` };
}

type Cells = Partial<Record<ImportField, string>>;

/**
 * The subtype's word where it names a channel (set by what was logged, it beats the rep's own
 * "Type" choice, e.g. "Other"); else the type column's word, else the subtype's ("Task"). In an
 * export of one kind (its title column is "Call title", `oneKind`) a word no table knows is of
 * that kind: an export of one kind makes every row that type (team-view.md), and a HubSpot calls
 * export's "Activity type" holds the portal's own call types ("Discovery call"). A known word
 * still wins there, and a mixed export that merely has a "Call outcome" column reports the words
 * it does not know ("Postal mail" is no call). Else the type the headers imply; else the subject
 * up to its first colon, then its first word, which is how Salesforce names logged calls and
 * emails ("Call", "Email: Re: pricing") and other tasks from its subject suggestions ("Send
 * Letter", a task with two words). A Salesforce task whose subject names a message's channel
 * ("LinkedIn: Congrats on the launch", Task Subtype "Task") is that touch, as its page reader
 * reads the same Task (message-subject.ts): Lightning has no LinkedIn or text message type.
 */
function typeOf(cell: Cells, words: ValueWords, crm: Crm, mapping: ColumnMapping): TypeReading {
  const said = saidType(cell, words, crm, mapping);
  if (said !== 'task' || crm !== 'salesforce') return said;
  return salesforceTaskChannel(cell.subject ?? '', mapping.lang) ?? said;
}

/** The type the row's type cells (or, without them, its headers or subject) say. */
function saidType(cell: Cells, words: ValueWords, crm: Crm, mapping: ColumnMapping): TypeReading {
  const subtype = cell.subtype ? words.types.get(fold(cell.subtype)) : undefined;
  if (subtype && subtype !== 'task') return subtype;
  const said = cell.type ?? cell.subtype;
  const ofKind = mapping.oneKind ? mapping.impliedType : undefined;
  if (said) return words.types.get(fold(said)) ?? ofKind ?? unknownTypeWord(said, crm, mapping.lang);
  if (mapping.impliedType) return mapping.impliedType;
  const subject = fold(cell.subject ?? '');
  const phrase = subject.split(':')[0]?.trim() ?? '';
  const lead = subject.split(/[:\s]/)[0] ?? '';
  return words.types.get(phrase) ?? words.types.get(lead) ?? { reason: 'no activity type' };
}

/** A type; or a type word no rule recognises, which Pipedrive's reader counts as a task; or why there is none. */
type TypeReading = ActivityType | { notKnown: string } | { reason: string };

/**
 * A type word the export tables do not hold. Pipedrive companies add their own types (LinkedIn,
 * SMS, Demo), which its page reader reads by name, an unrecognised one as a task: the row is read
 * the same way, so it counts as the page copy counts, and the import's report lists it: the
 * company's own type may be a touch that, read as a task, counts as none. Another CRM's word is
 * reported, not guessed: its page readers read no type by name.
 */
function unknownTypeWord(said: string, crm: Crm, lang: string | undefined): TypeReading {
  if (crm !== 'pipedrive') return { reason: `type not understood: "${said}"` };
  return pipedriveTypeOf(said, lang) ?? { notKnown: said };
}

/**
 * The direction column's word; else what the type's word says ("Incoming email"); else what the
 * CRM's page reader gives the same activity (exportDirection), so a page copy and an export copy
 * of one touch are the same touch. A touch Salesforce or HubSpot presumes outbound is `presumed`:
 * a copy stating its direction is that touch (Pipedrive's is read from the subject as its page
 * reader reads it, so both copies say the same).
 */
function directionOf(
  cell: Cells,
  type: ActivityType,
  crm: Crm,
  words: ValueWords,
  file: { title: string; lang: string | undefined },
): { direction: Direction; presumed: boolean } {
  const said = (text: string | undefined) => (text ? words.directions.get(fold(text)) : undefined);
  const stated = said(cell.direction) ?? said(cell.type);
  if (stated) return { direction: stated, presumed: false };
  const direction = exportDirection(crm, type, { subject: file.title, typeName: cell.type }, file.lang);
  return { direction, presumed: crm !== 'pipedrive' && direction === 'outbound' };
}

/**
 * A tool sent it: its type or subtype word says so (Salesforce's "List Email"), or it is an inbound email
 * whose subject reads as an out-of-office or automatic reply, as page readings mark them
 * (markAutoReplies): metrics.md counts such a reply as none.
 */
function isAutomated(
  cell: Cells,
  type: ActivityType,
  direction: Direction,
  title: string,
  words: ValueWords,
  lang: string,
): boolean {
  for (const said of [cell.type, cell.subtype]) if (said && words.automatedTypes.has(fold(said))) return true;
  if (type !== 'email' || direction !== 'inbound') return false;
  return [title, afterEmailLabel(title, words)].some((subject) => subject && isOutOfOffice(subject, lang));
}

/**
 * The mail's own subject where the row's opens with the email type's name and a colon, as Salesforce
 * titles a logged email's task ("Email: OOO until Mon 23 Nov: Pricing"): an out-of-office word that
 * says so only opening the subject is found there. Only a type word: "Re: OOO schedule" is a person's answer.
 */
function afterEmailLabel(title: string, words: ValueWords): string | undefined {
  const labelled = title.match(/^([^:]{1,20}):\s*(.+)$/s);
  return labelled?.[1] && words.types.get(fold(labelled[1])) === 'email' ? labelled[2] : undefined;
}

/**
 * Outcomes belong to calls and meetings, read as the CRM's page reader reads the same activity: a
 * Salesforce Event's subject ("Canceled: Pricing review") and a Pipedrive meeting's ("Demo (no
 * show)") say how it went, where neither export has a meeting outcome column; a Salesforce Call
 * Result that is one of Sales Engagement's own ("Meaningful Connect") means what the page reader's
 * table says. Else the outcome cell by the export's table; a word no table knows is an outcome not known.
 */
function outcomeOf(
  text: string | undefined,
  type: ActivityType,
  words: ValueWords,
  row: OutcomeContext,
): ImportRow['outcome'] {
  if (type !== 'call' && type !== 'meeting') return undefined;
  const said = type === 'meeting' ? subjectOutcome(row) : text ? crmCallResult(text, row) : undefined;
  if (said) return said;
  if (!text) return undefined;
  return words.outcomes.get(fold(text)) ?? 'unknown';
}

/** The row's CRM, its title (its subject as the page titles it), its done state and the file's language. */
interface OutcomeContext {
  crm: Crm;
  title: string;
  status: 'done' | 'planned' | undefined;
  lang: string | undefined;
}

/** What a meeting's subject says, as the CRM's page reader reads it; a planned Pipedrive meeting has none there. */
function subjectOutcome(row: OutcomeContext): ImportRow['outcome'] {
  if (row.crm === 'salesforce') return salesforceMeetingOutcome(row.title, row.lang);
  if (row.crm !== 'pipedrive' || row.status === 'planned') return undefined;
  const said = pipedriveMeetingOutcome(row.title, row.status === 'done' ? true : undefined, row.lang);
  return said === 'unknown' ? undefined : said;
}

/** A call result the CRM's page reader reads by its own table (Salesforce's documented results). */
function crmCallResult(text: string, row: OutcomeContext): ImportRow['outcome'] {
  return row.crm === 'salesforce' ? salesforceCallResultOutcome(text, row.lang) : undefined;
}

const EMAILS = /[^\s@()<>;,]+@[^\s@()<>;,]+\.[^\s@()<>;,]+/g;

/**
 * Every address in the email column (an activity with several contacts lists them: "riley@…;
 * jordan@…"), else those inside the contact column ("Jordan Lee (jordan@example.com)").
 */
function emailsOf(cell: Cells): string[] {
  const found = cell.contactEmail?.match(EMAILS) ?? cell.contactName?.match(EMAILS) ?? [];
  return [...new Set(found.map((email) => email.toLowerCase()))];
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
