/** The CRM hosts the content script runs on; adapters then accept only record pages. */
export const CRM_HOST_PATTERNS = [
  'https://*.hubspot.com/*',
  'https://*.lightning.force.com/*',
  'https://*.pipedrive.com/*',
];
