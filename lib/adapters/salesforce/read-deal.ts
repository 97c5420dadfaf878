import { unclearDollarReason } from '../../locale/local-dollar';
import { parseMoney } from '../../locale/money';
import { isAmbiguousDate } from '../../locale/page-date';
import type { PageLocale } from '../../locale/page-locale';
import { readsClosedStagesIn, stageOutcome } from '../../metrics/stage-outcome';
import type { ActivityReading } from '../../schema/activity';
import type { NotRead } from '../../schema/read-result';
import type { DealContact, DealFields } from '../../schema/record';
import { textOf } from '../dom';
import { shownOwner } from '../no-owner';
import { fieldDate } from './field-date';
import { fieldValue } from './fields';
import { inAnotherRecordsCard } from './other-record-card';
import type { PageWords } from './read-contact';
import { readPath } from './read-path';
import { cellText, relatedList, rowLinkTo, rowRecordId, shownOf } from './related-list';
import { deepQueryAll } from './scope';
import { readStageTime } from './stage-time';
import { shownInRecord } from './structure';
import { isOneOf, labelsOf, wordsOf } from './words';

export interface DealReading {
  record: DealFields;
  /** Stage changes as system events. */
  stageEvents: ActivityReading[];
}

/** Opportunity fields by their labels in the page's language, its stage path, stage time and contact roles. */
export function readDealFields(view: Element, name: string, page: PageWords, notRead: NotRead[]): DealReading {
  const label = (key: Parameters<typeof labelsOf>[1]) => labelsOf(page.words, key);
  const path = readPath(view, page.words);
  const stage = path.current ?? fieldValue(view, label('stage'), page.recordId) ?? stageFromWording(view, page);
  const stageTime = readStageTime(view, stage, path.stages, page);
  const roles = contactRoles(view, page);
  const record: DealFields = { name, stageHistory: stageTime.history, contacts: roles.contacts };
  if (stage) record.stage = stage;
  else notRead.push({ field: 'stage', reason: 'no stage path step is current and no "Stage" field is shown' });
  if (path.stages.length > 0) record.stages = path.stages;
  else notRead.push({ field: 'stages', reason: 'no stage path on the page' });
  // The path's won/lost marker first: the stage wording is the org's own.
  const closed = path.closed ?? (stage ? outcomeByName(stage, page) : undefined);
  if (closed) record.closed = closed;
  // Without the path's state classes, in a language without closed-stage words, only the stage's
  // name could say the deal is closed: reported, so an unread outcome is not taken for an open deal.
  else if (stage && !path.showsOutcome && !readsClosedStagesIn(page.locale.lang))
    notRead.push({
      field: 'closed',
      reason: `the page is in "${page.locale.lang}", a language Touchline has no closed-stage words for, and the stage path shows no won or lost marker: whether "${stage}" is a won, lost or open stage is not read`,
    });
  readAmount(view, record, page, notRead);
  const closeDate = fieldValue(view, label('closeDate'), page.recordId);
  if (closeDate) {
    const utc = { clock: { now: page.clock.now, timeZone: 'UTC' }, locale: page.locale };
    const day = fieldDate(closeDate, utc)?.timestamp.slice(0, 10);
    record.closeDate = day ?? closeDate;
    if (!day) notRead.push(unreadCloseDate(closeDate, page.locale));
  } else notRead.push({ field: 'closeDate', reason: 'no "Close Date" field on the page' });
  const owner = shownOwner(fieldValue(view, label('dealOwner'), page.recordId));
  if (owner) record.owner = owner;
  else notRead.push({ field: 'owner', reason: 'no "Opportunity Owner" field on the page' });
  if (stageTime.unsettled) notRead.push(stageTime.unsettled);
  if (stageTime.undated) notRead.push(stageTime.undated);
  else if (record.stageHistory.length === 0)
    notRead.push({ field: 'stageHistory', reason: 'no "Stage History" related list or stage change date' });
  if (record.contacts.length === 0) notRead.push({ field: 'contacts', reason: 'no "Contact Roles" related list rows' });
  else if (roles.partial)
    notRead.push({
      field: 'contacts',
      reason: `the "Contact Roles" card shows its first rows only (${roles.partial})`,
    });
  return { record, stageEvents: stageTime.events };
}

/** The outcome the stage's name says: the page's words for Closed Won / Lost, else every language's closed-stage words. */
function outcomeByName(stage: string, page: PageWords): 'won' | 'lost' | undefined {
  if (isOneOf(stage, wordsOf(page.words, 'closedWon'))) return 'won';
  if (isOneOf(stage, wordsOf(page.words, 'closedLost'))) return 'lost';
  return stageOutcome(stage);
}

/** "Stage: Proposal" as one text (a label and its value in the same element), not in another record's card. */
function stageFromWording(view: Element, page: PageWords): string | undefined {
  const labels = labelsOf(page.words, 'stage');
  const another = inAnotherRecordsCard(view, page.recordId);
  const texts = deepQueryAll(view, 'p, span, div, li, dd, td').filter((e) => shownInRecord(e, view) && !another(e));
  for (const el of texts) {
    if (el.children.length > 0) continue;
    const [label, ...rest] = textOf(el).split(':');
    const value = rest.join(':').trim();
    if (label && value && isOneOf(label, labels)) return value;
  }
  return undefined;
}

/** "$12,500.00", "EUR 12.500,00", "22 500 €" in the page's locale. */
function readAmount(view: Element, record: DealFields, page: PageWords, notRead: NotRead[]): void {
  const text = fieldValue(view, labelsOf(page.words, 'amount'), page.recordId);
  const money = text ? parseMoney(text, page.locale?.lang) : undefined;
  if (!text || !money) {
    notRead.push({ field: 'amount', reason: text ? `unreadable amount "${text}"` : 'no "Amount" field on the page' });
    return;
  }
  record.amount = money.amount;
  if (money.currency) record.currency = money.currency;
  if (money.unclearDollar) notRead.push({ field: 'currency', reason: unclearDollarReason(money.unclearDollar) });
}

/** Contact ids begin with 003 (crm-pages.md). */
const CONTACT_ID_PREFIX = '003';

/**
 * "Contact Roles" related list, wherever it sits on the record: the contact link gives the id.
 * Partial when the card shows its first rows only (then what it shows, for the reason): the deal
 * has more contacts than read.
 */
function contactRoles(view: Element, page: PageWords): { contacts: DealContact[]; partial: string | false } {
  const list = relatedList(view, labelsOf(page.words, 'contactRoles'), page.words);
  const rows = list?.rows ?? [];
  const columns = labelsOf(page.words, 'roleContact');
  const contacts: DealContact[] = [];
  for (const row of rows) {
    const id = rowRecordId(row, columns);
    const contact = id ? { id, name: cellText(row, columns) } : rowLinkTo(row, 'Contact', CONTACT_ID_PREFIX);
    if (contact && !contacts.some((c) => c.id === contact.id)) contacts.push(contact);
  }
  return { contacts, partial: list?.partial ? shownOf(list) : false };
}

/** Why a shown close date is kept as its text: a numeric date the page does not settle the order of, or no date at all. */
function unreadCloseDate(text: string, locale: PageLocale): NotRead {
  const why = isAmbiguousDate(text, locale) ? 'reads either way round' : 'is not a date Touchline reads';
  return { field: 'closeDate', reason: `the close date "${text}" ${why}` };
}
