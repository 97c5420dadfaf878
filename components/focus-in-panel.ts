/**
 * The undo bar and the details form go away once used, and the control that had focus goes with
 * them, and the browser would leave focus on the CRM page's body, as folding would without
 * toggle-focus.ts. These put it on a control of the panel that stays.
 */

/** The collapse button: in the header of every unfolded panel, whatever it shows. */
export const PANEL_STAYS = '[data-action="collapse"]';

/** Focuses the first of the controls found in the panel, in the order given. */
export function focusFirst(panel: HTMLElement | null, selectors: readonly string[]): void {
  for (const selector of selectors) {
    const control = panel?.querySelector<HTMLElement>(selector);
    if (control) {
      control.focus();
      return;
    }
  }
}

/**
 * A control that goes away with the message it sits in, as the page is read again ("Try again",
 * "Read this page again"): focus waits on the panel's collapse control.
 */
export function focusStaysInPanel(control: HTMLElement): void {
  focusFirst(control.closest('aside'), [PANEL_STAYS]);
}

/** Nothing has focus any more (its control was removed), as opposed to the user having moved it on. */
export function focusLost(panel: HTMLElement | null): boolean {
  const page = panel?.ownerDocument;
  const active = page?.activeElement;
  return !page || !active || active === page.body || !active.isConnected;
}
