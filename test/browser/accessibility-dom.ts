/**
 * Functions evaluated in the page (serialised by Playwright, so each is self-contained) that look
 * at focus inside the panel's open shadow root.
 */

export interface FocusStop {
  inPanel: boolean;
  /** Index of the focused control among the panel's tabbable controls, in document order. */
  index: number;
  name: string;
  /** `outline`, `shadow` or `none`: the focus indicator the control draws. */
  focusStyle: string;
  /** The page element focused before the panel (marked by focusLastPageControl) has focus. */
  onStart: boolean;
}

/** The panel's tabbable controls in document order, each with its accessible name. */
export function panelTabbables(host: string): { name: string; tag: string }[] {
  const root = document.querySelector(host)?.shadowRoot;
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
  const all = Array.from(root?.querySelectorAll<HTMLElement>(selector) ?? []);
  const tabbable = all.filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden',
  );
  const nameOf = (el: HTMLElement) => {
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled ? root?.getElementById(labelled)?.textContent : undefined;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute('aria-label') ?? byId ?? label ?? el.textContent ?? el.title ?? '').trim();
  };
  return tabbable.map((el) => ({ name: nameOf(el), tag: el.tagName.toLowerCase() }));
}

/**
 * Focuses the CRM page's last focusable element before the panel in document order, and marks it.
 * CRMs append parts to <body> after the panel's host (the Salesforce demo does): Tab from those
 * leaves the page, so they are not where a keyboard user comes into the panel from.
 */
export function focusLastPageControl(host: string): string {
  const candidates = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'));
  const panel = document.querySelector(host);
  const before = (el: HTMLElement) =>
    !panel || (el.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const visible = candidates.filter(
    (el) => !panel?.contains(el) && before(el) && el.getClientRects().length > 0 && el.tabIndex >= 0,
  );
  const last = visible.at(-1);
  if (!last) return '';
  document.querySelector('[data-a11y-start]')?.removeAttribute('data-a11y-start');
  last.setAttribute('data-a11y-start', '');
  last.focus();
  return last.outerHTML.slice(0, 80);
}

/** Where focus is now: in the panel (which control, its name and focus style) or on the page. */
export function describeFocus(host: string): FocusStop {
  const panel = document.querySelector(host);
  const inner = panel?.shadowRoot?.activeElement as HTMLElement | null | undefined;
  const onStart = document.activeElement?.hasAttribute('data-a11y-start') ?? false;
  if (document.activeElement !== panel || !inner)
    return { inPanel: false, index: -1, name: '', focusStyle: '', onStart };
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
  const all = Array.from(panel?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []).filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
  const style = getComputedStyle(inner);
  const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
  const focusStyle = outlined ? 'outline' : style.boxShadow !== 'none' ? 'shadow' : 'none';
  const name = (inner.getAttribute('aria-label') ?? inner.textContent ?? '').trim();
  return { inPanel: true, index: all.indexOf(inner), name, focusStyle, onStart };
}
