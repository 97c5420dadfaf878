import type { NotRead } from '../../schema/read-result';
import type { RecordKind } from '../../schema/record';
import { allVisible, firstVisible, isHidden, spacedText, textOf } from '../dom';
import type { PageClock } from '../types';
import { type Classification, classifyItem, kindOf } from './classify-activity';
import { itemDate } from './item-date';
import { personIdsIn } from './person-links';
import { SELECTORS } from './selectors';

/** An activity candidate (validated later by keepValidActivities). */
export type Candidate = Classification & {
  channel?: string;
  timestamp?: string;
  dateText?: string;
  title: string;
  owner?: string;
  sourceId?: string;
  contactIds?: string[];
};

/** A changelog row ("Stage: Discovery → Qualified") with its date, for the deal's stage history. */
export interface ChangeRow {
  field: string;
  from: string;
  to: string;
  timestamp?: string;
}

export interface Timeline {
  candidates: Candidate[];
  changes: ChangeRow[];
}

const TOUCHES = ['call', 'email', 'meeting', 'social', 'sms'];
const MAX_TITLE = 120;

/** Every visible item of the Focus and History sections, in page order. */
export function readTimeline(
  view: Element,
  kind: RecordKind,
  clock: PageClock,
  notRead: NotRead[],
  recordEmail?: string,
): Timeline {
  const all = allVisible(view, SELECTORS.flowItem);
  const items = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
  const timeline: Timeline = { candidates: [], changes: [] };
  if (items.length === 0) notRead.push({ field: 'activities', reason: 'no timeline items found on the page' });
  for (const item of items) {
    const kindName = itemKind(item);
    const classified = classifyItem({
      kind: kindName,
      typeName: typeNameOf(item),
      text: spacedText(item, true),
      done: doneState(item),
      inFocus: item.closest(SELECTORS.focusSection) !== null,
      outcomeText: textOf(firstVisible(item, SELECTORS.callOutcome)),
    });
    if (!classified) continue;
    if (kindName === 'email' && classified.direction === 'unknown')
      classified.direction = senderDirection(item, recordEmail);
    const title = titleOf(item, kindName);
    const date = itemDate(item, clock);
    const candidate: Candidate = {
      ...classified,
      ...(TOUCHES.includes(classified.type) ? { channel: classified.type } : {}),
      ...date,
      title,
      ...optional('owner', textOf(firstVisible(item, SELECTORS.itemOwner))),
      ...optional('sourceId', sourceIdOf(item, kindName)),
    };
    if (kind === 'deal') {
      const ids = personIdsIn(item);
      if (ids.length > 0) candidate.contactIds = ids;
    }
    timeline.candidates.push(candidate);
    const change = changeOf(item, kindName);
    if (change) timeline.changes.push({ ...change, ...(date.timestamp ? { timestamp: date.timestamp } : {}) });
  }
  return timeline;
}

/** Mail without a sent/received label: from the person this page is about means inbound. */
function senderDirection(item: Element, recordEmail: string | undefined): Classification['direction'] {
  const from = textOf(firstVisible(item, SELECTORS.emailFrom)).toLowerCase();
  if (!from || !recordEmail) return 'unknown';
  return from.includes(recordEmail.toLowerCase()) ? 'inbound' : 'outbound';
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** `data-item-type` (demo look-alike) first; then class names and the type label (guess). */
function itemKind(item: Element): string {
  const attr = item.getAttribute('data-item-type');
  if (attr) return attr.toLowerCase();
  if (firstVisible(item, SELECTORS.changeField)) return 'change';
  if (firstVisible(item, `${SELECTORS.emailDirection}, ${SELECTORS.emailFrom}`)) return 'email';
  return kindOf(item.getAttribute('class') ?? '') || kindOf(textOf(firstVisible(item, SELECTORS.itemTypeLabel)));
}

function typeNameOf(item: Element): string {
  const attr = item.getAttribute('data-activity-type');
  if (attr) return attr;
  const label = textOf(firstVisible(item, SELECTORS.itemTypeLabel));
  if (label) return label;
  const icon = firstVisible(item, SELECTORS.itemIcon);
  return icon?.getAttribute('aria-label') ?? icon?.getAttribute('title') ?? '';
}

function doneState(item: Element): boolean | undefined {
  const attr = item.getAttribute('data-done');
  if (attr) return attr === 'true';
  const box = firstVisible(item, SELECTORS.itemDone);
  if (!box) return undefined;
  const checked = box.getAttribute('aria-checked');
  if (checked) return checked === 'true';
  return box.hasAttribute('checked');
}

function titleOf(item: Element, kind: string): string {
  const change = changeOf(item, kind);
  if (change) return `${change.field}: ${change.from ? `${change.from} → ` : ''}${change.to}`;
  const subject = textOf(firstVisible(item, SELECTORS.itemSubject));
  const text = subject || textOf(firstVisible(item, SELECTORS.itemBody)) || kind || 'Activity';
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
}

function changeOf(item: Element, kind: string): ChangeRow | null {
  if (kind !== 'change') return null;
  const field = textOf(firstVisible(item, SELECTORS.changeField));
  const to = textOf(firstVisible(item, SELECTORS.changeNew));
  if (field && to) return { field, from: textOf(firstVisible(item, SELECTORS.changeOld)), to };
  return changeFromText(textOf(firstVisible(item, SELECTORS.itemSubject)));
}

/** Without change elements: "Stage: Demo → Proposal" or "Stage changed from Demo to Proposal". */
function changeFromText(text: string): ChangeRow | null {
  const m = text.match(/^(stage|status|deal stage)(?::| changed)?\s*(?:from\s+)?(.+?)\s*(?:→|->|\bto\b)\s*(.+)$/i);
  return m?.[1] && m[2] && m[3] ? { field: m[1], from: m[2].trim(), to: m[3].trim() } : null;
}

/** Pipedrive's activities, notes, mail messages and changes have separate id spaces: prefix the kind. */
function sourceIdOf(item: Element, kind: string): string | undefined {
  const id = item.getAttribute('data-id') ?? item.getAttribute('data-activity-id') ?? item.getAttribute('data-note-id');
  return id ? `${kind || 'activity'}:${id}` : undefined;
}
