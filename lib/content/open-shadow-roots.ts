import { PANEL_ELEMENT } from './panel-element';

/**
 * Every open shadow root under `root`, nested ones too: the CRM draws some components in them
 * (Salesforce Lightning, crm-pages.md), and a MutationObserver on the light DOM does not see inside.
 * Touchline's own panel is not the page: its drawing must not start a reading.
 */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot && el.localName !== PANEL_ELEMENT) found.push(el.shadowRoot, ...openShadowRoots(el.shadowRoot));
  }
  return found;
}
