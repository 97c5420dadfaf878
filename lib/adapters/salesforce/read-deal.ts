import type { NotRead } from '../../schema/read-result';
import type { DealContact, DealFields, StageEntry } from '../../schema/record';
import { parsePageDate } from '../dates';
import type { PageClock } from '../types';
import { fieldValue } from './fields';
import { readPath } from './read-path';
import { cellText, relatedRows, rowRecordId } from './related-list';

/** Opportunity fields by their standard labels, its stage path, stage history and contact roles. */
export function readDealFields(view: Element, name: string, clock: PageClock, notRead: NotRead[]): DealFields {
  const path = readPath(view);
  const stage = path.current ?? fieldValue(view, ['Stage']);
  const record: DealFields = { name, stageHistory: stageHistory(view, clock), contacts: contactRoles(view) };
  if (stage) record.stage = stage;
  else notRead.push({ field: 'stage', reason: 'no stage path step is active and no "Stage" field is shown' });
  if (path.stages.length > 0) record.stages = path.stages;
  else notRead.push({ field: 'stages', reason: 'no stage path on the page' });
  const closed = stage?.match(/^closed[ -](won|lost)$/i)?.[1]?.toLowerCase();
  if (closed === 'won' || closed === 'lost') record.closed = closed;
  readAmount(view, record, notRead);
  const closeDate = fieldValue(view, ['Close Date']);
  if (closeDate)
    record.closeDate = parsePageDate(closeDate, { now: clock.now, timeZone: 'UTC' })?.slice(0, 10) ?? closeDate;
  else notRead.push({ field: 'closeDate', reason: 'no "Close Date" field on the page' });
  const owner = fieldValue(view, ['Opportunity Owner', 'Owner']);
  if (owner) record.owner = owner;
  else notRead.push({ field: 'owner', reason: 'no "Opportunity Owner" field on the page' });
  if (record.stageHistory.length === 0)
    notRead.push({ field: 'stageHistory', reason: 'no "Stage History" related list' });
  if (record.contacts.length === 0) notRead.push({ field: 'contacts', reason: 'no "Contact Roles" related list rows' });
  return record;
}

/** "$12,500.00" (single-currency org, `$` read as USD: a guess) or "EUR 12,500.00". */
function readAmount(view: Element, record: DealFields, notRead: NotRead[]): void {
  const text = fieldValue(view, ['Amount']);
  const m = text?.replace(/\s/g, '').match(/^([A-Z]{3}|[$€£¥])?(-?[\d,]+(?:\.\d+)?)([A-Z]{3})?$/);
  if (!text || !m) {
    notRead.push({ field: 'amount', reason: text ? `unreadable amount "${text}"` : 'no "Amount" field on the page' });
    return;
  }
  record.amount = Number((m[2] as string).replace(/,/g, ''));
  const symbol: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
  const currency = m[1] && m[1].length === 3 ? m[1] : (m[3] ?? (m[1] ? symbol[m[1]] : undefined));
  if (currency) record.currency = currency;
}

/** "Stage History" related list (OpportunityHistory): one row per stage change, any order. */
function stageHistory(view: Element, clock: PageClock): StageEntry[] {
  const rows = relatedRows(view, ['Stage History']) ?? [];
  const entries: StageEntry[] = [];
  for (const row of rows) {
    const stage = cellText(row, ['Stage', 'To Stage']);
    const enteredAt = parsePageDate(cellText(row, ['Last Modified', 'Last Modified Date', 'Date']), clock);
    if (stage && enteredAt) entries.push({ stage, enteredAt });
  }
  entries.sort((a, b) => a.enteredAt.localeCompare(b.enteredAt));
  return entries.filter((e, i) => i === 0 || entries[i - 1]?.stage !== e.stage);
}

/** "Contact Roles" related list: the contact link gives the id. */
function contactRoles(view: Element): DealContact[] {
  const rows = relatedRows(view, ['Contact Roles', 'Opportunity Contact Roles']) ?? [];
  const contacts: DealContact[] = [];
  for (const row of rows) {
    const id = rowRecordId(row, ['Contact Name', 'Name', 'Contact']);
    if (id && !contacts.some((c) => c.id === id)) {
      contacts.push({ id, name: cellText(row, ['Contact Name', 'Name', 'Contact']) });
    }
  }
  return contacts;
}
