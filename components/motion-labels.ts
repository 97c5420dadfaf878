import type { Motion } from '../lib/schema/motion';

/** How the panel and the options page name each sales motion (metrics.md's bands table). */
export const MOTION_LABEL: Record<Motion, string> = {
  smb: 'high-volume SMB',
  'mid-market': 'mid-market',
  enterprise: 'enterprise',
  inbound: 'inbound follow-up',
};
