import { defineContentScript } from 'wxt/utils/define-content-script';
import { hubspot } from '../lib/adapters/hubspot';
import { startTouchline } from '../lib/content/start-touchline';
import { HOST_PATTERNS } from '../lib/crm-hosts';

export default defineContentScript({
  matches: HOST_PATTERNS.hubspot,
  cssInjectionMode: 'ui',
  main: (ctx) => startTouchline(ctx, hubspot),
});
