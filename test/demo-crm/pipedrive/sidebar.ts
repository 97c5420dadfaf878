import { type Child, el } from '../el';

/** A sidebar field row, keyed by Pipedrive's API field key; empty values show "—". */
export function field(doc: Document, key: string, label: string, value: Child): HTMLElement {
  return el(
    doc,
    'div',
    { class: 'field', 'data-test-key': key },
    el(doc, 'div', { class: 'field__label' }, label),
    el(doc, 'div', { class: 'field__value', 'data-testid': 'field-value' }, value || '—'),
  );
}

/** A collapsible sidebar section ("Summary", "Details", "Overview", "Person"…). */
export function section(doc: Document, id: string, title: string, ...rows: Child[]): HTMLElement {
  return el(
    doc,
    'section',
    { class: `sidebar-section ${id}-section`, 'data-testid': `sidebar-section-${id}` },
    el(doc, 'button', { class: 'sidebar-section__toggle', type: 'button', 'aria-expanded': 'true' }, title),
    el(doc, 'div', { class: 'sidebar-section__body' }, ...rows),
  );
}

/** A value with a type suffix, as Pipedrive shows emails and phones ("jo@x.example (Work)"). */
export function withKind(doc: Document, href: string, value: string, kind: string): HTMLElement {
  return el(doc, 'span', {}, el(doc, 'a', { href }, value), el(doc, 'span', { class: 'field__kind' }, ` (${kind})`));
}
