import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { hubspot } from '../../lib/adapters/hubspot';
import { pageReaderOf } from '../../lib/adapters/page-reader';

/** The hubspot adapter with its wording and the locale tables, loaded by the content script after the idle wait. */
export default defineUnlistedScript(() => {
  globalThis.touchlinePageReader = pageReaderOf(hubspot);
});
