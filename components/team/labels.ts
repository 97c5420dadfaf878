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

/** The owner filter's choice of no one rep, and the pipeline filter's for deals whose page showed none. */
export const EVERY_REP_LABEL = 'Every rep';
export const NO_PIPELINE_LABEL = 'Pipeline not shown';

export const WARNING_LABELS = { none: 'on track', watch: 'watch', stalled: 'stalled' } as const;

/**
 * A deal row's last touch when no counted one is dated: never touched, none in the days Touchline
 * keeps, only touches whose date the page showed unreadably, only automated ones left out, none in
 * what was read of a timeline its page showed filtered or folded (the panel's reasons,
 * components/last-touch-reason.ts), or a deal whose contacts no file or page named.
 */
export const NO_TOUCH_WORDS = {
  'no-touches': 'never',
  'older-not-kept': 'none kept',
  'undated-touches': 'only touches without a readable date',
  'automated-not-counted': 'only automated touches, not counted',
  'activities-not-read': 'none in what was read; touches may be in the part not read',
  'contacts-not-known': 'not known (no contacts in the export)',
} as const;

/**
 * A follow-up's contact that neither its own page, a deal page nor an export named: its CRM id,
 * said to be one (a bare "51230" tells a manager nothing), and why Touchline has no name for it.
 */
export function unnamedContactLabel(id: string): string {
  return `Contact ${id} (not opened in Touchline)`;
}
