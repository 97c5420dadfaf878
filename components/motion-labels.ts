import type { Motion } from '../lib/schema/motion';

/** How the panel and the options page name each sales motion (metrics.md's bands table). */
export const MOTION_LABEL: Record<Motion, string> = {
  smb: 'high-volume SMB',
  'mid-market': 'mid-market',
  enterprise: 'enterprise',
  inbound: 'inbound follow-up',
};

/** The motion in the panel's narrow header, which links to the options page where it is named in full. */
export const MOTION_SHORT_LABEL: Record<Motion, string> = {
  smb: 'SMB',
  'mid-market': 'mid-market',
  enterprise: 'enterprise',
  inbound: 'inbound',
};
