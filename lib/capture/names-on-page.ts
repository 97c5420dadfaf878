import { type CrmParts, NAMING_SENTENCES } from './crm-parts';

/**
 * People the page names that the adapter's reading may not: the text of every person link, and
 * the actor of sentences such as "Casey Nguyen sent an email with …". Open shadow roots included.
 */
export function namesOnPage(doc: Document, parts: CrmParts, leftOut: ReadonlySet<Element>): string[] {
  const names: string[] = [];
  const keep = (node: Node) => !ancestors(node).some((el) => leftOut.has(el));
  for (const link of deepQueryAll(doc, parts.personLinks)) {
    if (keep(link)) names.push(link.textContent?.replace(/\s+/g, ' ').trim() ?? '');
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

function ancestors(node: Node): Element[] {
  const found: Element[] = [];
  for (let el = node.parentElement; el; el = el.parentElement) found.push(el);
  return found;
}

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
