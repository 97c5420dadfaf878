import type { Child } from '../el';
import type { Build } from './h';
import { text } from './text';

/**
 * The record header (crm-pages.md): `records-highlights2` with the name in the light-DOM slot
 * `primaryField`; its own layout sits in a real open shadow root, as on the live page.
 */
export function highlights(b: Build, objectLabel: string, name: string | null, secondary: [string, Child][]): Element {
  const host = b(
    'records-highlights2',
    { class: 'slds-page-header slds-page-header_record-home' },
    name ? b('lightning-formatted-name', { slot: 'primaryField' }, name) : b('div', { class: 'stencil-line' }),
    ...secondary.map(([label, value]) =>
      b(
        'records-highlights-details-item',
        { slot: 'secondaryFields', class: 'slds-page-header__detail-block' },
        b('p', { class: 'slds-text-title slds-truncate', title: label }, label),
        b('p', { class: 'fieldComponent slds-text-body--regular' }, value),
      ),
    ),
  );
  const shadow = host.attachShadow({ mode: 'open' });
  const inner = host.ownerDocument;
  const title = inner.createElement('div');
  title.setAttribute('class', 'entityNameTitle slds-line-height_reset');
  title.textContent = objectLabel;
  const nameSlot = inner.createElement('slot');
  nameSlot.setAttribute('name', 'primaryField');
  const h1 = inner.createElement('h1');
  h1.append(title, nameSlot);
  const details = inner.createElement('slot');
  details.setAttribute('name', 'secondaryFields');
  shadow.append(h1, details);
  return b('records-lwc-highlights-panel', {}, host);
}

/** One field: `records-record-layout-item[field-label]`, value in `[slot="outputField"]` (crm-pages.md). */
export function field(b: Build, label: string, value: Child, component = 'lightning-formatted-text'): Element {
  return b(
    'records-record-layout-item',
    { 'field-label': label, class: 'slds-form__item' },
    b(
      'div',
      { class: 'slds-form-element slds-form-element_readonly' },
      b('span', { class: 'test-id__field-label slds-form-element__label' }, label),
      b(
        'div',
        { class: 'slds-form-element__control' },
        b('span', { slot: 'outputField' }, b(component, {}, value)),
        b(
          'button',
          { class: 'slds-button test-id__inline-edit-trigger', title: text().edit(label) },
          text().edit(label),
        ),
      ),
    ),
  );
}

export function section(b: Build, title: string, fields: Element[]): Element {
  return b(
    'records-record-layout-section',
    {},
    b('h3', { class: 'slds-section__title test-id__section-header-title' }, title),
    b('div', { class: 'slds-form', role: 'list' }, ...fields),
  );
}

/** A related list card: SLDS card with a data table (column headings as in Salesforce). */
export function relatedList(b: Build, title: string, headings: string[], rows: Child[][]): Element {
  return b(
    'lst-related-list-single-container',
    {},
    b(
      'article',
      { class: 'slds-card slds-card_boundary' },
      b(
        'div',
        { class: 'slds-card__header slds-grid' },
        b(
          'header',
          {},
          b('h2', { class: 'slds-card__header-title' }, b('span', { title }, title), ` (${rows.length})`),
        ),
      ),
      b(
        'div',
        { class: 'slds-card__body' },
        b(
          'table',
          { class: 'slds-table slds-table_bordered' },
          b('thead', {}, b('tr', {}, ...headings.map((t) => b('th', { scope: 'col', 'aria-label': t }, t)))),
          b('tbody', {}, ...rows.map((cells) => b('tr', {}, ...cells.map((c, i) => b(i === 0 ? 'th' : 'td', {}, c))))),
        ),
      ),
    ),
  );
}

/** The three-column record page: details left, activity in the middle, related lists right. */
export function recordLayout(b: Build, header: Element, left: Child[], middle: Child[], right: Child[]): Element {
  return b(
    'div',
    { class: 'record-page flexipage-component' },
    header,
    b(
      'div',
      { class: 'slds-grid record-columns' },
      b('div', { class: 'col-left' }, ...left),
      b(
        'div',
        { class: 'col-main' },
        b(
          'div',
          { class: 'slds-tabs_default' },
          b(
            'ul',
            { class: 'slds-tabs_default__nav', role: 'tablist' },
            b('li', { class: 'slds-is-active' }, text().activityTab),
          ),
          ...middle,
        ),
      ),
      b('div', { class: 'col-right' }, ...right),
    ),
  );
}
