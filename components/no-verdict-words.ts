/**
 * Why a deal without a warning gets no verdict either: its outcome not read (it may be closed), time in stage unknown, only its lower bound
 * known (the deal may be further behind than it shows), or no typical time to compare it with.
 * The panel's stage card and the team page's Warning column say it alike.
 */
export const NO_VERDICT_WORDS = {
  'outcome-not-read': 'outcome not read',
  unknown: 'time in stage unknown',
  'lower-bound': 'no warning yet: time in stage is a lower bound',
  'no-typical': 'typical time unknown',
} as const;
