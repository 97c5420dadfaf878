/** Attributes for `el`: `class` and `data-*` like any other; undefined values are skipped. */
export type Attrs = Record<string, string | undefined>;
export type Child = Node | string | null | undefined | false;

/** Builds an element with DOM APIs only: attributes set one by one, text as text nodes. */
export function el(doc: Document, tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}
