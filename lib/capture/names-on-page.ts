import { type CrmParts, NAMING_SENTENCES, PERSON_LABELS } from './crm-parts';

/**
 * People the page names that the adapter's reading may not: the text of every person link, the
 * values of owner-like fields and table columns (a record list's "Owner"), and the actor of
 * sentences such as "Casey Nguyen sent an email with …". Open shadow roots included.
 */
export function namesOnPage(doc: Document, parts: CrmParts, leftOut: ReadonlySet<Element>): string[] {
  const names: string[] = [];
  const outside = [...leftOut];
  const keep = (node: Node) => !outside.some((el) => el.contains(node));
  for (const link of deepQueryAll(doc, parts.personLinks)) {
    if (keep(link)) names.push(clean(link.textContent));
  }
  for (const label of deepQueryAll(doc, 'th, dt, label, span, div, p')) {
    if (label.childElementCount > 0 || !PERSON_LABELS.has(clean(label.textContent).toLowerCase())) continue;
    if (keep(label)) names.push(...labelledValues(label).filter((value) => PERSON_NAME.test(value)));
  }
  for (const text of deepTexts(doc)) {
    const value = text.nodeValue ?? '';
    if (value.trim().length < 5 || !keep(text)) continue;
    for (const sentence of NAMING_SENTENCES) {
      const name = sentence.exec(value)?.[1];
      if (name) names.push(name);
    }
  }
  return names.filter((name) => name !== '');
}

const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

/** A column header's cells below it, or the value beside a field label. */
function labelledValues(label: Element): string[] {
  const cell = label.closest('th');
  const table = cell?.closest('table');
  if (cell && table) {
    const column = Array.from(cell.parentElement?.children ?? []).indexOf(cell);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    return rows.map((row) => clean(row.children[column]?.textContent));
  }
  return [clean(label.nextElementSibling?.textContent)];
}

/** One to four capitalised words: a label's value may also be a date, "You, Nov 3", or a whole section. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Matches in the document and in every open shadow root under it. */
function deepQueryAll(root: Document | ShadowRoot, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  for (const host of shadowHosts(root)) found.push(...deepQueryAll(host.shadowRoot as ShadowRoot, selector));
  return found;
}

function deepTexts(root: Document | ShadowRoot): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const host of shadowHosts(root)) texts.push(...deepTexts(host.shadowRoot as ShadowRoot));
  return texts;
}

function shadowHosts(root: Document | ShadowRoot): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((el) => el.shadowRoot);
}
