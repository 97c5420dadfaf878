/** DOM reading helpers shared by adapters. Text only: nothing read here is ever rendered as HTML. */

import { remembered } from './reading-memo';

/**
 * Whether `el` comes after `other` in page order: DOCUMENT_POSITION_FOLLOWING, written as its
 * value because `inspect` and saved pages read in a window with no DOM globals such as `Node`.
 */
export function follows(el: Element, other: Element): boolean {
  return (other.compareDocumentPosition(el) & 4) !== 0;
}

/** In page order, for sorting. */
export function byPageOrder(a: Element, b: Element): number {
  return follows(b, a) ? -1 : 1;
}

/**
 * Text as Touchline compares it: whitespace collapsed (no-break and ideographic spaces, doubled
 * spaces a user typed) and in composed form. A CRM may hold a name or subject decomposed
 * ("Jose\u0301", from a file made on a Mac) while its export or another page composes it: one
 * touch, one rep, one name either way.
 */
export function pageText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** An element's visible text (pageText). */
export function textOf(el: Element | null | undefined): string {
  return pageText(el?.textContent ?? '');
}

/**
 * An attribute's text (pageText; "" when it is missing): a name, stage or subject a page puts in
 * `title`, `aria-label` or `data-…` is compared with, and stored as, the text the page shows.
 */
export function attributeText(el: Element | null | undefined, name: string): string {
  return pageText(el?.getAttribute(name) ?? '');
}

/** The name a page gives an element for assistive technology: its `aria-labelledby` text, else its `aria-label`; "" when neither. */
export function ariaName(el: Element): string {
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const labelledBy = ids
    .map((id) => textOf(el.ownerDocument.getElementById(id)))
    .join(' ')
    .trim();
  return labelledBy || (el.getAttribute('aria-label') ?? '').trim();
}

/**
 * Hidden by the page (`hidden`, `aria-hidden`, inline `display: none`) on the element or an
 * ancestor. Saved pages and DOM-only environments have no layout, so `offsetParent` is no use.
 */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (hidesItself(node)) return true;
  return false;
}

/**
 * This element (not its ancestors) is hidden by an attribute or an inline style. `aria-hidden`
 * hides accessibility clones, decorative initials and collapsed parts, but not an app that a modal
 * dialog beside it has hidden from assistive technology only (behindOpenDialog).
 */
export function hidesItself(node: Element): boolean {
  if (node.getAttribute('aria-hidden') === 'true' && !behindOpenDialog(node)) return true;
  return hiddenFromView(node);
}

/** `hidden` or an inline style that hides: not drawn at all. */
function hiddenFromView(node: Element): boolean {
  if (node.hasAttribute('hidden')) return true;
  const style = node.getAttribute('style') ?? '';
  return /display\s*:\s*none/i.test(style) || /visibility\s*:\s*hidden/i.test(style);
}

/** A dialog that makes the page behind it inert. */
const MODAL_DIALOG = '[aria-modal="true"], [role="dialog"], [role="alertdialog"]';

/**
 * Hidden from assistive technology only because a modal dialog is open: React modal libraries
 * (react-modal's app element, the `aria-hidden` package behind Radix and others) set `aria-hidden`
 * on every sibling of the dialog and of its ancestors while it is open (a "Log call" dialog over a
 * record), and the page behind stays drawn. Such an element has a sibling that is or holds an open
 * dialog.
 */
function behindOpenDialog(node: Element): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  return remembered('behind-open-dialog', node, () =>
    Array.from(parent.children).some((sibling) => sibling !== node && holdsOpenDialog(sibling, parent)),
  );
}

/**
 * `sibling` is or holds a dialog shown up to `parent`. Plain attributes decide here, never
 * hidesItself: two siblings each holding a dialog would otherwise ask about each other forever.
 */
function holdsOpenDialog(sibling: Element, parent: Element): boolean {
  const dialogs = sibling.matches(MODAL_DIALOG) ? [sibling] : Array.from(sibling.querySelectorAll(MODAL_DIALOG));
  return dialogs.some((dialog) => {
    for (let node: Element | null = dialog; node && node !== parent; node = node.parentElement)
      if (hiddenFromView(node) || node.getAttribute('aria-hidden') === 'true') return false;
    return true;
  });
}

/** The first match that the page has not hidden. */
export function firstVisible(root: ParentNode, selector: string): Element | null {
  for (const el of Array.from(root.querySelectorAll(selector))) if (!isHidden(el)) return el;
  return null;
}

export function allVisible(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => !isHidden(el));
}

/**
 * Label-text fallback: the value shown next to a label ("Email", "Last contacted") when the
 * page's attributes are missing. Looks at the label element's next sibling, then its parent's.
 */
export function valueByLabel(root: ParentNode, labels: readonly string[], labelSelector = '*'): string | undefined {
  const leaves = leavesByText(root, labelSelector);
  const candidates = [...new Set(labels.map((l) => l.toLowerCase()))].flatMap((label) => leaves.get(label) ?? []);
  // In page order, as a walk of the page would meet them, whichever label each one shows.
  candidates.sort(byPageOrder);
  for (const el of candidates) {
    if (isHidden(el) || isColumnHeading(el)) continue;
    const value = textOf(el.nextElementSibling) || siblingText(el.parentElement);
    if (value) return value;
  }
  return undefined;
}

/**
 * A table's column heading names a column, not a field: the text after it is the next heading.
 * A row heading (`<th scope="row">` beside its `<td>`) can still label a value.
 */
export function isColumnHeading(el: Element): boolean {
  const cell = el.closest('th, [role="columnheader"]');
  if (!cell) return false;
  if (cell.getAttribute('role') === 'columnheader' || cell.closest('thead')) return true;
  const scope = cell.getAttribute('scope');
  if (scope) return scope.startsWith('col');
  const row = Array.from(cell.parentElement?.children ?? []);
  return !row.some((c) => c.matches('td, [role="cell"], [role="gridcell"]'));
}

/**
 * Leaf elements matching `selector` by their lower-case text without a trailing colon, in page
 * order: one walk of the page per reading, however many labels are looked up.
 */
function leavesByText(root: ParentNode, selector: string): Map<string, Element[]> {
  return remembered(`leaves ${selector}`, root, () => {
    const index = new Map<string, Element[]>();
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (el.children.length > 0) continue;
      const key = textOf(el).replace(/:$/, '').toLowerCase();
      const same = index.get(key);
      if (same) same.push(el);
      else index.set(key, [el]);
    }
    return index;
  });
}

function siblingText(parent: Element | null): string {
  const next = parent?.nextElementSibling;
  return next ? textOf(next) : '';
}

/**
 * An element's text with a space between text nodes, so that adjacent cells such as "Call"
 * and "Nov 18" do not run together as textContent does; optionally without hidden parts.
 */
export function spacedText(el: Element | null | undefined, skipHidden = false): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipHidden && node.parentElement && isHidden(node.parentElement)) continue;
    parts.push(node.textContent ?? '');
  }
  return pageText(parts.join(' '));
}
