import { el } from '../el';
import { text } from './text';
import { en } from './text-en';

/** Record action buttons under the header (public CSS: `activity-button-icon-…`). */
export function actionButtons(doc: Document): HTMLElement {
  const labels = text().recordActions;
  return el(
    doc,
    'div',
    { class: 'RecordActions__Row-sc-6c0s2f' },
    ...en.recordActions.map((kind, i) =>
      el(
        doc,
        'button',
        { type: 'button', class: 'RecordActions__Button-sc-6c0s2f-1' },
        el(doc, 'span', { 'data-test-id': `activity-button-icon-${kind.toLowerCase()}` }),
        labels[i],
      ),
    ),
  );
}

/** The middle pane's tabs: Overview (hidden, kept in the DOM as React does) and Activities (shown). */
export function middlePane(doc: Document, overview: Node[], activities: Node[]): HTMLElement {
  const tab = (label: string, selected: boolean) =>
    el(
      doc,
      'button',
      {
        role: 'tab',
        type: 'button',
        'data-tab-link': 'true',
        'data-tab-selected': String(selected),
        'aria-selected': String(selected),
      },
      label,
    );
  return el(
    doc,
    'div',
    { 'data-test-id': 'middle-pane', class: 'MiddlePane__Column-sc-0z1ks3' },
    el(doc, 'div', { role: 'tablist' }, tab(text().tabs.overview, false), tab(text().tabs.activities, true)),
    el(doc, 'div', { 'data-test-id': 'tab-0-content', role: 'tabpanel', hidden: '' }, ...overview),
    el(doc, 'div', { 'data-test-id': 'tab-1-content', role: 'tabpanel' }, filterBar(doc), ...activities),
  );
}

function filterBar(doc: Document): HTMLElement {
  const labels = text().filters;
  return el(
    doc,
    'div',
    { 'data-selenium-test': 'timeline-filter-container', class: 'TimelineFilters__Bar-sc-1ce2k9' },
    ...en.filters.map((filter, i) =>
      el(doc, 'button', { type: 'button', 'data-test-id': `timeline-tab-filter-${filter.toLowerCase()}` }, labels[i]),
    ),
  );
}

export function recordView(doc: Document, title: string, left: Node, middle: Node, right: Node): HTMLElement {
  return el(doc, 'div', { 'data-demo-title': title }, left, middle, right);
}
