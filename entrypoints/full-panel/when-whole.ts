/** The whole panel's root says so once every section of the shown view is drawn (lib/content/PanelRoot.tsx). */
const WHOLE = '.touchline-root[data-parts="all"]';

/**
 * Calls `then` once, as soon as the panel rendered in `root` is whole (at once if it is already);
 * returns a function that stops waiting. A mutation observer's callback runs before the task that
 * set the attribute ends, so what `then` does is painted with the last section.
 */
export function whenWhole(root: HTMLElement, then: () => void): () => void {
  if (root.querySelector(WHOLE)) {
    then();
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    if (!root.querySelector(WHOLE)) return;
    observer.disconnect();
    then();
  });
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-parts'] });
  return () => observer.disconnect();
}
