/**
 * Every open shadow root under `root`, nested ones too: the CRM draws some components in them
 * (Salesforce Lightning, crm-pages.md), and a MutationObserver on the light DOM does not see inside.
 */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) found.push(el.shadowRoot, ...openShadowRoots(el.shadowRoot));
  }
  return found;
}
