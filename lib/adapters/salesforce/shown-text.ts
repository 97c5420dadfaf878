import { textOf } from '../dom';

/**
 * True when an element shows any text, in its own subtree or in the open shadow roots of the
 * elements under it (and theirs in turn): `textContent` stops at a shadow root, and a Lightning
 * web component may render its content in a real one (crm-pages.md).
 */
export function showsText(el: Element): boolean {
  if (textOf(el) !== '') return true;
  return [el, ...Array.from(el.querySelectorAll('*'))].some(
    (host) => !!host.shadowRoot && rootShowsText(host.shadowRoot),
  );
}

function rootShowsText(root: ShadowRoot): boolean {
  if ((root.textContent ?? '').trim() !== '') return true;
  return Array.from(root.querySelectorAll('*')).some((host) => !!host.shadowRoot && rootShowsText(host.shadowRoot));
}
