import { defineContentScript } from 'wxt/utils/define-content-script';
import { CRM_HOST_PATTERNS } from '../../lib/crm-hosts';

export default defineContentScript({
  matches: CRM_HOST_PATTERNS,
  main() {},
});
