import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageReaderOf } from '../../lib/adapters/page-reader';
import { salesforce } from '../../lib/adapters/salesforce';

/** The salesforce adapter with its wording and the locale tables, loaded by the content script after the idle wait. */
export default defineUnlistedScript(() => {
  globalThis.touchlinePageReader = pageReaderOf(salesforce);
});
