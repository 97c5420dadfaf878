/** Matches in the document and in every open shadow root under it. */
export function deepQueryAll(root: Document | ShadowRoot, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  for (const host of shadowHosts(root)) found.push(...deepQueryAll(host.shadowRoot as ShadowRoot, selector));
  return found;
}

/** Text nodes of the document and of every open shadow root under it. */
export function deepTexts(root: Document | ShadowRoot): Text[] {
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
