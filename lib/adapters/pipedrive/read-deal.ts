import type { NotRead } from '../../schema/read-result';
import type { DealFields } from '../../schema/record';
import { zonedDay } from '../../zoned-day';
import { firstVisible, isHidden, textOf } from '../dom';
import type { PageClock } from '../types';
import { fieldDate, fieldText } from './fields';
import { parseMoney } from './money';
import { personLinksIn } from './person-links';
import type { ChangeRow } from './read-timeline';
import { FIELDS, SELECTORS } from './selectors';
import { readStageBar, stageHistory } from './stages';

/** A deal's header and sidebar: value, pipeline, stage bar, status, close date, owner, persons. */
export function readDealFields(
  view: Element,
  name: string,
  changes: ChangeRow[],
  clock: PageClock,
  notRead: NotRead[],
): DealFields {
  const money = parseMoney(textOf(firstVisible(view, SELECTORS.dealValue)) || (fieldText(view, FIELDS.value) ?? ''));
  const currency = money.currency ?? fieldText(view, FIELDS.currency);
  const bar = readStageBar(view);
  const stage = bar.current ?? fieldText(view, FIELDS.stage);
  const pipeline = textOf(firstVisible(view, SELECTORS.pipelineName)) || fieldText(view, FIELDS.pipeline);
  const closed = closedStatus(view);
  const closeText = fieldText(view, FIELDS.closeDate);
  const closeIso = closeText ? fieldDate(view, FIELDS.closeDate, clock, 'closeDate', notRead) : undefined;
  const createdAt = fieldDate(view, FIELDS.dealCreated, clock, 'createdAt', notRead);
  const owner = fieldText(view, FIELDS.owner);
  const contacts = personLinksIn(firstVisible(view, SELECTORS.dealPersons) ?? sidebarOf(view));
  const history = stageHistory(changes, createdAt, stage);
  const missing: Record<string, unknown> = { amount: money.amount, pipeline, stage, owner, closeDate: closeText };
  for (const [field, value] of Object.entries(missing))
    if (value === undefined && !notRead.some((n) => n.field === field))
      notRead.push({ field, reason: `no ${field} found on the page` });
  if (history.length === 0) notRead.push({ field: 'stageHistory', reason: 'no dated stage changes or creation date' });
  if (contacts.length === 0) notRead.push({ field: 'contacts', reason: 'no linked persons found' });
  return {
    name,
    ...(money.amount !== undefined ? { amount: money.amount } : {}),
    ...(currency ? { currency } : {}),
    ...(pipeline ? { pipeline } : {}),
    ...(stage ? { stage } : {}),
    ...(bar.stages.length > 0 ? { stages: bar.stages } : {}),
    ...(closed ? { closed } : {}),
    stageHistory: history,
    ...(closeIso ? { closeDate: zonedDay(closeIso, clock.timeZone) } : closeText ? { closeDate: closeText } : {}),
    ...(owner ? { owner } : {}),
    contacts,
  };
}

/**
 * Won/lost from the status badge, else the "Status" field. Open deals show "Won" and "Lost"
 * buttons, so button text alone never closes a deal.
 */
function closedStatus(view: Element): 'won' | 'lost' | undefined {
  const text = (
    textOf(firstVisible(view, SELECTORS.dealStatus)) ||
    (fieldText(view, FIELDS.status) ?? '')
  ).toLowerCase();
  if (/\bwon\b/.test(text)) return 'won';
  if (/\blost\b/.test(text)) return 'lost';
  return undefined;
}

/** Without a persons section, person links outside the timeline name the deal's contacts. */
function sidebarOf(view: Element): Element {
  const holder = view.ownerDocument.createElement('div');
  for (const a of Array.from(view.querySelectorAll(SELECTORS.personLink))) {
    if (!a.closest(SELECTORS.flowItem) && !isHidden(a)) holder.appendChild(a.cloneNode(true));
  }
  return holder;
}
