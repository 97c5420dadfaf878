import { defineContentScript } from 'wxt/utils/define-content-script';
import { pipedrive } from '../lib/adapters/pipedrive';
import { startTouchline } from '../lib/content/start-touchline';
import { HOST_PATTERNS } from '../lib/crm-hosts';

export default defineContentScript({
  matches: HOST_PATTERNS.pipedrive,
  cssInjectionMode: 'ui',
  main: (ctx) => startTouchline(ctx, pipedrive),
});
