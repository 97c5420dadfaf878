import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountFullPanel } from './mount-full-panel';

/**
 * The whole panel (Preact, every card, the menu, the details form), fetched once the first
 * numbers show: it replaces the content script's small shell in the same container. The only
 * copy of Preact on the page lives here (decisions.md: never two copies with hooks across them).
 */
export default defineUnlistedScript(() => {
  globalThis.touchlineFullPanel = { mount: mountFullPanel };
});
