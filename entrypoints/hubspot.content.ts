import { defineContentScript } from 'wxt/utils/define-content-script';
import { hubspot } from '../lib/adapters/hubspot';
import { startTouchline } from '../lib/content/start-touchline';
import { HOST_PATTERNS } from '../lib/crm-hosts';

export default defineContentScript({
  matches: HOST_PATTERNS.hubspot,
  cssInjectionMode: 'ui',
  // WXT tells newer copies of this script apart by a DOM event; its extra window.postMessage (kept
  // for old versions only) would wake every message listener of the CRM page on each load.
  noScriptStartedPostMessage: true,
  main: (ctx) => startTouchline(ctx, hubspot),
});
