import { defineContentScript } from 'wxt/utils/define-content-script';
import { salesforce } from '../lib/adapters/salesforce';
import { startTouchline } from '../lib/content/start-touchline';
import { HOST_PATTERNS } from '../lib/crm-hosts';

export default defineContentScript({
  matches: HOST_PATTERNS.salesforce,
  cssInjectionMode: 'ui',
  main: (ctx) => startTouchline(ctx, salesforce),
});
