import { el } from '../el';
import type { DemoActivity, DemoDeal, DemoWorld } from '../world';
import { flowItem } from './flow-item';
import { type ItemKind, itemKind } from './records';
import { text } from './text';

/** History filter tabs and the item kind each counts (All counts everything; Files and Documents nothing). */
const HISTORY_TABS: (ItemKind | 'all' | undefined)[] = [
  'all',
  'note',
  'activity',
  'email',
  undefined,
  undefined,
  'change',
];

/**
 * The middle column: the composer tabs, "Focus" (activities still to do, soonest first) and
 * "History" (everything else, newest first), as Pipedrive's detail view lays them out.
 */
export function timeline(doc: Document, world: DemoWorld, items: DemoActivity[], deal?: DemoDeal): HTMLElement {
  const planned = items.filter((a) => a.planned).sort((x, y) => x.timestamp.localeCompare(y.timestamp));
  const past = items.filter((a) => !a.planned).sort((x, y) => y.timestamp.localeCompare(x.timestamp));
  const previous = (a: DemoActivity) => previousStage(deal, a);
  const focus = el(
    doc,
    'section',
    { class: 'focus-section', 'data-testid': 'focus-section' },
    el(doc, 'h2', { class: 'section-title' }, text().focus),
    planned.length === 0 ? el(doc, 'p', { class: 'empty-state' }, text().noPlanned) : null,
    ...planned.map((a) => flowItem(doc, world, a)),
  );
  const history = el(
    doc,
    'section',
    { class: 'history-section', 'data-testid': 'history-section' },
    el(doc, 'h2', { class: 'section-title' }, text().history),
    historyTabs(doc, past),
    ...past.map((a) => flowItem(doc, world, a, previous(a))),
  );
  return el(doc, 'section', { class: 'detail-main', 'data-testid': 'detail-main' }, composer(doc), focus, history);
}

function composer(doc: Document): HTMLElement {
  const t = text();
  return el(
    doc,
    'div',
    { class: 'composer', role: 'tablist' },
    ...t.composerTabs.map((tab, i) =>
      el(doc, 'button', { class: 'composer__tab', role: 'tab', 'aria-selected': String(i === 0) }, tab),
    ),
    el(doc, 'div', { class: 'composer__input', role: 'textbox', 'aria-label': t.takeNote }, t.takeNotePlaceholder),
  );
}

function historyTabs(doc: Document, past: DemoActivity[]): HTMLElement {
  const count = (kind: ItemKind | 'all' | undefined) => {
    if (kind === 'all') return past.length;
    return kind ? past.filter((a) => itemKind(a) === kind).length : 0;
  };
  const labels = text().historyTabs;
  return el(
    doc,
    'div',
    { class: 'history-tabs', role: 'tablist' },
    ...HISTORY_TABS.map((kind, i) =>
      el(
        doc,
        'button',
        { class: 'history-tabs__tab', role: 'tab', 'aria-selected': String(i === 0) },
        labels[i],
        el(doc, 'span', { class: 'history-tabs__count' }, String(count(kind))),
      ),
    ),
  );
}

/** A stage change shows the stage it left: the stage history entry before the one it entered. */
function previousStage(deal: DemoDeal | undefined, a: DemoActivity): string | undefined {
  if (!deal || a.type !== 'system') return undefined;
  const index = deal.stageHistory.findIndex((h) => h.enteredAt === a.timestamp && a.title.endsWith(h.stage));
  return index > 0 ? deal.stageHistory[index - 1]?.stage : undefined;
}
