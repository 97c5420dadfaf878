import { el } from '../el';
import { type LabelId, labelKey, text } from './text';

/** The left sidebar's "About this …" card: `property-label` labels (crm-pages.md) beside their values. */
export function propertyCard(doc: Document, heading: string, rows: [LabelId, string][]): HTMLElement {
  return el(
    doc,
    'div',
    { 'data-selenium-test': 'highlightedPropertySidebar', class: 'PropertySidebar__Wrapper-sc-3k1fz' },
    el(doc, 'h4', { class: 'PropertySidebar__Heading-sc-3k1fz-1' }, heading),
    ...rows.map(([id, value]) => {
      const label = text().labels[id];
      const key = labelKey(id)
        .toLowerCase()
        .replace(/[^a-z]+/g, '_');
      return el(
        doc,
        'div',
        { 'data-selenium-test': `property-input-${key}`, class: 'PropertyInput__Row-sc-9x2mq' },
        el(
          doc,
          'span',
          { 'data-selenium-test': 'property-label', class: 'PropertyLabel__StyledLabel-sc-5ab12c' },
          label,
        ),
        el(doc, 'div', { class: 'PropertyValue__Text-sc-7pp0d4' }, value),
      );
    }),
  );
}

/** A middle-pane or right-sidebar card, `card-wrapper-<NAME>` as crm-pages.md shows. */
export function card(doc: Document, name: string, title: string, ...content: Node[]): HTMLElement {
  return el(
    doc,
    'div',
    { 'data-test-id': `card-wrapper-${name}`, class: 'CardWrapper__Outer-sc-1r8cd0' },
    el(doc, 'h4', { class: 'CardHeader__Title-sc-1r8cd0-1' }, title),
    ...content,
  );
}

/** The Overview tab's data highlights (public CSS: `highlight-property-item-…`). */
export function highlights(doc: Document, rows: [LabelId, string][]): HTMLElement {
  return card(
    doc,
    'DATA_HIGHLIGHTS',
    text().headings.highlights,
    ...rows.map(([id, value]) =>
      el(
        doc,
        'div',
        {
          'data-test-id': `highlight-property-item-${labelKey(id)
            .toLowerCase()
            .replace(/[^a-z]+/g, '-')}`,
        },
        el(doc, 'div', {}, text().labels[id]),
        el(doc, 'div', { 'data-test-id': 'highlight-property-display-value' }, value),
      ),
    ),
  );
}
