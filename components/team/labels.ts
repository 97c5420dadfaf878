import type { Motion } from '../../lib/schema/motion';
import type { PeriodChoice } from '../../lib/settings/period-choice';

/** The team page's words for the filters' choices (English, in one place). */
export const PERIOD_LABELS: Record<PeriodChoice, string> = {
  '7d': 'Last 7 days',
  '14d': 'Last 14 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  'this-quarter': 'This quarter',
  'last-quarter': 'Last quarter',
};

export const MOTION_LABELS: Record<Motion, string> = {
  smb: 'High-volume SMB outbound',
  'mid-market': 'Mid-market outbound',
  enterprise: 'Enterprise pursuit',
  inbound: 'Inbound follow-up',
};

export const WARNING_LABELS = { none: 'on track', watch: 'watch', stalled: 'stalled' } as const;

/** A deal row's last touch when none is kept: never touched, or none in the days Touchline keeps. */
export const NO_TOUCH_WORDS = { 'no-touches': 'never', 'older-not-kept': 'none kept' } as const;
