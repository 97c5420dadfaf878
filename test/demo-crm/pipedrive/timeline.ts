import { el } from '../el';
import type { DemoActivity, DemoDeal, DemoWorld } from '../world';
import { flowItem } from './flow-item';
import { itemKind } from './records';

const HISTORY_TABS = ['All', 'Notes', 'Activities', 'Emails', 'Files', 'Documents', 'Changelog'];

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
    el(doc, 'h2', { class: 'section-title' }, 'Focus'),
    planned.length === 0
      ? el(doc, 'p', { class: 'empty-state' }, 'No planned activities. Schedule one to keep things moving.')
      : null,
    ...planned.map((a) => flowItem(doc, world, a)),
  );
  const history = el(
    doc,
    'section',
    { class: 'history-section', 'data-testid': 'history-section' },
    el(doc, 'h2', { class: 'section-title' }, 'History'),
    historyTabs(doc, past),
    ...past.map((a) => flowItem(doc, world, a, previous(a))),
  );
  return el(doc, 'section', { class: 'detail-main', 'data-testid': 'detail-main' }, composer(doc), focus, history);
}

function composer(doc: Document): HTMLElement {
  const tabs = ['Notes', 'Activity', 'Call', 'Email', 'Files', 'Documents'];
  return el(
    doc,
    'div',
    { class: 'composer', role: 'tablist' },
    ...tabs.map((t, i) =>
      el(doc, 'button', { class: 'composer__tab', role: 'tab', 'aria-selected': String(i === 0) }, t),
    ),
    el(doc, 'div', { class: 'composer__input', role: 'textbox', 'aria-label': 'Take a note' }, 'Take a note, @name…'),
  );
}

function historyTabs(doc: Document, past: DemoActivity[]): HTMLElement {
  const count = (tab: string) => {
    if (tab === 'All') return past.length;
    const kind = { Notes: 'note', Activities: 'activity', Emails: 'email', Changelog: 'change' }[tab];
    return kind ? past.filter((a) => itemKind(a) === kind).length : 0;
  };
  return el(
    doc,
    'div',
    { class: 'history-tabs', role: 'tablist' },
    ...HISTORY_TABS.map((tab, i) =>
      el(
        doc,
        'button',
        { class: 'history-tabs__tab', role: 'tab', 'aria-selected': String(i === 0) },
        tab,
        el(doc, 'span', { class: 'history-tabs__count' }, String(count(tab))),
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
