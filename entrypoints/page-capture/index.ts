import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { saveTestPage } from './save-test-page';

/**
 * The page capture behind "Save a test page", fetched only when a test page is saved: it stays
 * out of the content script every CRM page loads. Published on globalThis (WXT builds this as an IIFE).
 */
export default defineUnlistedScript(() => {
  globalThis.touchlinePageCapture = { saveTestPage };
});
