import { escapeRegExp } from './text-match';
import type { Wording } from './wording';

const patterns = new WeakMap<readonly string[], RegExp>();

/**
 * A segment of an item's date line that is only the activity's duration ("30 min", "1 h 30 min",
 * "1,5 Std.", "1 h 30", a call's "2m 35s" or "00:02:35"): neither its owner nor part of its date.
 */
export function isDuration(segment: string, words: Wording): boolean {
  let pattern = patterns.get(words.durationUnits);
  if (!pattern) {
    const units = [...words.durationUnits].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const amount = `\\d+(?:[.,]\\d+)?\\s*(?:${units.join('|')})(?![\\p{L}\\p{N}])\\.?`;
    pattern = new RegExp(`^${amount}(?:\\s*${amount})*$`, 'iu');
    patterns.set(words.durationUnits, pattern);
  }
  const trimmed = segment.trim();
  return pattern.test(trimmed) || HOURS_AND_MINUTES.test(trimmed) || CLOCK.test(trimmed);
}

/**
 * Hours, minutes and seconds as call logs print a call's length ("00:02:35", "1:02:35"). Seconds
 * make it no time of day a meta line shows: those stop at the minute ("3:10 PM", "15:10").
 */
const CLOCK = /^\d{1,2}:[0-5]\d:[0-5]\d$/;

/**
 * French and Brazilian "1 h 30" / "1h30" (an hour and a half): minutes without their unit. Only a
 * one-digit hour, so a time of day standing alone ("15 h 10") is never taken for a duration.
 */
const HOURS_AND_MINUTES = /^\d\s?h\s?[0-5]\d$/i;
