import { byPageOrder } from '../dom';

/**
 * Elements in the order the page shows them, an element inside an open shadow root at the place
 * of its host: a query that walks shadow roots lists their matches after the whole light tree, so
 * an item rendered in a shadow root would come after the copies of it further down the page (an
 * accessibility clone, an "Open Activities" row) and lose to them when copies are merged.
 */
export function inPageOrder(elements: readonly Element[]): Element[] {
  const paths = new Map(elements.map((el) => [el, pathOf(el)]));
  return [...elements].sort((a, b) => compare(paths.get(a) ?? [], paths.get(b) ?? []));
}

/** The element and its ancestors from the top down, through the hosts of the shadow roots it sits in. */
function pathOf(el: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = el; node; ) {
    path.push(node);
    node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host || null);
  }
  return path.reverse();
}

function compare(a: Element[], b: Element[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const x = a[i];
  const y = b[i];
  if (!x || !y) return a.length - b.length;
  // Below one host, its shadow root's content is drawn where its slots put the light children: first.
  if (x.getRootNode() !== y.getRootNode()) return x.parentElement ? 1 : -1;
  return byPageOrder(x, y);
}
