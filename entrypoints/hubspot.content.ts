import { defineContentScript } from 'wxt/utils/define-content-script';
import { detect } from '../lib/adapters/hubspot/url';
import { bootTouchline } from '../lib/content/boot-touchline';
import { HOST_PATTERNS } from '../lib/crm-hosts';

/**
 * Only what runs at injection (issue 11): the URL match, the idle wait and the loader. The
 * reader (entrypoints/hubspot-reader) and the panel's session (entrypoints/panel-session) are
 * separate scripts, each compiled and evaluated in a task of its own.
 */
export default defineContentScript({
  matches: HOST_PATTERNS.hubspot,
  cssInjectionMode: 'ui',
  // WXT tells newer copies of this script apart by a DOM event; its extra window.postMessage (kept
  // for old versions only) would wake every message listener of the CRM page on each load.
  noScriptStartedPostMessage: true,
  main: (ctx) => bootTouchline(ctx, 'hubspot', detect),
});
