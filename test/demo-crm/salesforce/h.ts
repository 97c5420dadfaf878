/** A tiny DOM builder: attributes set with setAttribute, text with textContent, never HTML. */
export type Child = Node | string | null | undefined | false;

export function h(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): Element {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

/** A builder bound to one document. */
export function builder(doc: Document) {
  return (tag: string, attrs: Record<string, string> = {}, ...children: Child[]) => h(doc, tag, attrs, ...children);
}
export type Build = ReturnType<typeof builder>;
