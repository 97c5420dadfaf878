import type { NotRead } from '../../schema/read-result';
import type { DealContact, DealFields, StageEntry } from '../../schema/record';
import { textOf } from '../dom';
import type { PageClock } from '../types';
import { parseAmount } from './amount';
import { parseHubSpotDay } from './page-date';
import { propertyText, propertyValue } from './properties';
import type { TimelineItem } from './read-timeline';
import { recordElements } from './scope';
import { HEADER, LAYOUT, STAGE_PATH, TIMELINE } from './selectors';
import { recordIdOfHref } from './url';

export function readDeal(
  root: Element,
  name: string,
  items: TimelineItem[],
  clock: PageClock,
  notRead: NotRead[],
): DealFields {
  const record: DealFields = { name, stageHistory: stageHistory(items), contacts: dealContacts(root) };
  // Sidebar cards load late: say so, and the cache keeps the contacts it already knows.
  if (record.contacts.length === 0) notRead.push({ field: 'record.contacts', reason: 'no associated contacts shown' });
  const amount = parseAmount(propertyValue(root, ['Amount']));
  if (amount) {
    record.amount = amount.value;
    if (amount.currency) record.currency = amount.currency;
  } else notRead.push({ field: 'record.amount', reason: 'no readable "Amount" property on the page' });
  const pipeline = selectText(root, HEADER.pipeline) ?? propertyValue(root, ['Pipeline']);
  if (pipeline) record.pipeline = pipeline;
  else notRead.push({ field: 'record.pipeline', reason: 'no pipeline selector or "Pipeline" property' });
  const stage = selectText(root, HEADER.stage) ?? propertyValue(root, ['Deal stage', 'Stage']);
  if (stage) record.stage = stage;
  else notRead.push({ field: 'record.stage', reason: 'no stage selector or "Deal stage" property' });
  const closed = stage?.match(/closed\s*(won|lost)/i)?.[1]?.toLowerCase();
  if (closed === 'won' || closed === 'lost') record.closed = closed;
  const stages = stagePath(root);
  if (stages.length > 1) record.stages = stages;
  else notRead.push({ field: 'record.stages', reason: "the page shows no list of the pipeline's stages" });
  const closeText = propertyValue(root, ['Close date', 'Expected close date']);
  const closeDate = closeText ? parseHubSpotDay(closeText, clock) : undefined;
  if (closeDate) record.closeDate = closeDate;
  else
    notRead.push({
      field: 'record.closeDate',
      reason: closeText ? `unreadable date "${closeText}"` : 'no "Close date" property',
    });
  const owner = propertyValue(root, ['Deal owner', 'Owner']);
  if (owner) record.owner = owner;
  else notRead.push({ field: 'record.owner', reason: 'no "Deal owner" property on the page' });
  if (record.stageHistory.length === 0)
    notRead.push({ field: 'record.stageHistory', reason: 'no stage changes in the timeline' });
  return record;
}

function selectText(root: Element, selector: string): string | undefined {
  const el = recordElements(root, selector)[0];
  return el ? propertyText(el) : undefined;
}

function stagePath(root: Element): string[] {
  const names = recordElements(root, STAGE_PATH.step).map((step) => step.getAttribute('data-stage') || textOf(step));
  return [...new Set(names.filter(Boolean))];
}

const STAGE_PATTERNS = [
  /\bstage (?:changed|moved|updated|set)(?: from .+?)? to (.+?)(?: \(|\.|$)/i,
  /\bmoved (?:the |this )?deal from .+? to (.+?)(?: \(|\.|$)/i,
  /\bcreated (?:the |this )?deal in (?:stage )?(.+?)(?: \(|\.|$)/i,
  /^deal stage: (.+?)(?: \(|\.|$)/i,
];

/** Stage entries from the timeline's system items ("… moved the deal from Qualified to Demo"). */
function stageHistory(items: TimelineItem[]): StageEntry[] {
  const entries: StageEntry[] = [];
  for (const { activity, parts } of items) {
    if (activity.type !== 'system' || !activity.timestamp) continue;
    for (const text of [parts.header, parts.description]) {
      const stage = STAGE_PATTERNS.map((p) => text.match(p)?.[1]?.trim()).find(Boolean);
      if (stage) {
        entries.push({ stage, enteredAt: activity.timestamp });
        break;
      }
    }
  }
  return entries.sort((a, b) => a.enteredAt.localeCompare(b.enteredAt));
}

/** Associated contacts: contact links in the right sidebar, else any outside the timeline. */
export function dealContacts(root: Element): DealContact[] {
  const inSidebar = recordElements(root, `${LAYOUT.rightSidebar} a[href]`);
  const links = inSidebar.length
    ? inSidebar
    : recordElements(root, TIMELINE.contactLink).filter(
        (a) => !a.closest(`${TIMELINE.card}, ${TIMELINE.cardFallback}`),
      );
  const contacts = new Map<string, DealContact>();
  for (const link of links) {
    const id = recordIdOfHref(link.getAttribute('href') ?? '', 'contact');
    if (id && !contacts.has(id)) contacts.set(id, { id, name: textOf(link) });
  }
  return [...contacts.values()];
}
