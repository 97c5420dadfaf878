import { BAND_PERIOD } from '../metrics/benchmark-band';
import {
  EARLY_WARNING_DAYS,
  type EarlyWarning,
  earlyWarning,
  earlyWarningShortHistory,
} from '../metrics/early-warning';
import { emailsOfUnknownDirection, unsureOfDirections } from '../metrics/email-direction-unknown';
import { unknownOutcomes } from '../metrics/outcome-counts';
import { resolvePeriod, touchesIn } from '../metrics/period';
import { callAttempts, connectRate } from '../metrics/rates';
import { teamReplyRate } from '../metrics/reply-rate-across-contacts';
import { unsureOfUndatedReplyThreads } from '../metrics/reply-rate-undated';
import type { Touch } from '../metrics/touch';
import { countTouches } from '../metrics/touch-counts';
import {
  activeContactTouches,
  countedActiveTouches,
  type TouchesPerContact,
  touchesPerContact,
} from '../metrics/touches-per-contact';
import { DAY_MS } from '../metrics/zoned-days';
import type { Settings } from '../schema/settings';
import type { Rate, TouchCounts } from '../schema/view-model';
import { keptWords, reachesPastKept } from '../settings/kept-from';
import { yieldToPage } from '../yield-to-page';
import { earlyWarningBeyondRetention, earlyWarningReason, earlyWarningShortHistoryReason } from './early-warning-words';
import { isEmailReply } from './ownerless-touches';
import type { Window } from './periods';

export interface RepRow {
  /** The owner as the CRM shows it; `team` rows stand for every rep shown. */
  rep: string;
  counts: TouchCounts;
  perContact: TouchesPerContact;
  /** Touches per active contact over the last 30 days, against the motion's band (metrics.md). */
  band: { low: number; high: number; last30Days: number | null; position: 'below' | 'within' | 'above' | null };
  replyRate: Rate;
  connectRate: Rate;
  /** Call attempts whose outcome the page did not show: in the connect rate's attempts, never in its connects. */
  callsWithoutOutcome: number;
  warning: EarlyWarning;
  warningReason: string;
  /**
   * Set when the warning is not computed: its 4 weeks before reach past what retention keeps, or
   * began before the first touch counted (a new rep, or one back after weeks away).
   */
  warningNotRead?: 'beyond-retention' | 'short-history';
}

export interface RepRowSettings {
  settings: Pick<Settings, 'countAutomated' | 'bands' | 'timeZone' | 'retentionDays'>;
  motion: Settings['motion'];
  period: Window;
  now: Date;
  /** Contacts with an email reply of no readable date (contactsWithUndatedReplies). */
  undatedReplies: ReadonlyMap<string, number>;
}

/**
 * One rep's (or the team's) row from their touches, oldest first: counts, touches per active
 * contact, the band over the last 30 days, outcomes beside the effort and the early warning.
 * `replies` (oldest first) are the email replies that answer this rep's (or the shown reps')
 * emails, whoever the CRM gave them to (repliesByRep): the reply rate takes them instead of the
 * replies among `touches`. Like the counts, the rates count only touches with a contact (metrics.md:
 * team figures count only active contacts' touches).
 * Automated touches the setting leaves out are in none of the figures but the manual/automated split.
 * Each figure is its own step with the main thread given back in between: over the team's tens
 * of thousands of touches, all of them in one task would be a long one.
 */
export async function repRow(
  rep: string,
  touches: readonly Touch[],
  input: RepRowSettings,
  replies: readonly Touch[] = [],
): Promise<RepRow> {
  const { settings, now } = input;
  const inPeriod = touchesIn(touches, input.period);
  const counted = countedActiveTouches(inPeriod, settings.countAutomated);
  await yieldToPage();
  const last30 = touchesPerContact(
    touchesIn(touches, resolvePeriod(BAND_PERIOD, now, settings.timeZone)),
    settings.countAutomated,
  ).value;
  await yieldToPage();
  const warning = earlyWarning(touches, now, settings.countAutomated);
  // With fewer days kept than the warning looks back, the 4 weeks before are partly pruned and
  // their average understated: a drop would go unseen, so no verdict is given.
  const pruned = reachesPastKept(new Date(now.getTime() - EARLY_WARNING_DAYS * DAY_MS), settings, now);
  // Nor when the 4 weeks before began before the first touch: no average over partial weeks is invented.
  const shortHistory = earlyWarningShortHistory(touches, now, settings.countAutomated, settings.timeZone);
  await yieldToPage();
  // Team figures count only active contacts' touches (metrics.md), so touches = active contacts × touches per contact.
  const counts = withAutomatedApart(
    countTouches(activeContactTouches(inPeriod, settings.countAutomated), settings.countAutomated),
    inPeriod,
    settings.countAutomated,
  );
  const perContact = touchesPerContact(inPeriod, settings.countAutomated);
  await yieldToPage();
  const { low, high } = settings.bands[input.motion];
  return {
    rep,
    counts,
    perContact,
    band: {
      low,
      high,
      last30Days: last30,
      position: last30 === null ? null : last30 < low ? 'below' : last30 > high ? 'above' : 'within',
    },
    // The period picks the emails, not when their answer may come (metrics.md): a period that
    // ended before now (last quarter) sees replies read after its end, up to now.
    replyRate: unsureOfDirections(
      replyRateOf(withReplies(sentAndOther(touches), replies), input),
      emailsOfUnknownDirection(counted),
    ),
    connectRate: connectRate(counted),
    callsWithoutOutcome: unknownOutcomes(callAttempts(counted)),
    warning,
    ...warningVerdict(warning, pruned ? keptWords(settings, now) : undefined, shortHistory),
  };
}

/** The warning's reason, or why none is given (`kept`: keptWords when retention cuts the look-back; `shortHistory`: days since the first touch). */
function warningVerdict(
  warning: EarlyWarning,
  kept: string | undefined,
  shortHistory: number | undefined,
): Pick<RepRow, 'warningNotRead' | 'warningReason'> {
  if (kept !== undefined)
    return { warningNotRead: 'beyond-retention', warningReason: earlyWarningBeyondRetention(kept) };
  if (shortHistory !== undefined)
    return { warningNotRead: 'short-history', warningReason: earlyWarningShortHistoryReason(shortHistory) };
  return { warningReason: earlyWarningReason(warning) };
}

/** The reply rate over the touches and their replies, not known where a reply without a date may answer an email (metrics.md: never 0 % then). */
function replyRateOf(touches: readonly Touch[], input: RepRowSettings): Rate {
  const { countAutomated } = input.settings;
  const rate = teamReplyRate(touches, countAutomated, input.period);
  return unsureOfUndatedReplyThreads(rate, touches, input.undatedReplies, countAutomated, input.period);
}

/** The touches with a contact, but the email replies (given apart, to the rep whose email each answers). */
function sentAndOther(touches: readonly Touch[]): Touch[] {
  return touches.filter((t) => t.contactKeys.length > 0 && !isEmailReply(t));
}

/** The touches and the replies in one list, oldest first (reply matching reads them in time order). */
function withReplies(touches: readonly Touch[], replies: readonly Touch[]): readonly Touch[] {
  if (replies.length === 0) return touches;
  return [...touches, ...replies].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The split's automated count when the setting leaves automated touches out: active contacts are
 * then chosen from manual touches alone, so a contact only a sequence wrote to would take its
 * emails out of the one place that shows them (metrics.md: "shown apart, '3 automated, not
 * counted'"). Counted instead over the contacts that received any touch, automated ones included.
 */
function withAutomatedApart(counts: TouchCounts, inPeriod: readonly Touch[], countAutomated: boolean): TouchCounts {
  if (countAutomated) return counts;
  const automated = activeContactTouches(inPeriod, true).filter((t) => t.activity.automated).length;
  return { ...counts, automated };
}
