import type { ContactView } from '../lib/schema/view-model';
import { formatHours, plural } from './format';
import { OutcomesCard } from './OutcomesCard';

interface ContactOutcomesProps {
  outcomes: ContactView['outcomes'];
  /** The page showed its timeline in part: the touches before a first reply or meeting may not all have been read. */
  timelineReadInPart?: boolean;
  /** The part of the timeline not read may hold items of the period: "no reply in period" is not known. */
  periodReadInPart?: boolean;
  /** The page shows an outbound touch older than what Touchline keeps after the latest older reply or meeting (olderNotKept). */
  olderOutbound?: { reply: boolean; meeting: boolean };
  /** How far back the timeline was loaded, where only older items were not (loadedBack): a count since an outcome shown there holds. */
  loadedBack?: number;
}

/** The outcomes card with what only one relationship has: touches to the first reply and meeting, lead response, the vanity flag. */
export function ContactOutcomes({
  outcomes,
  timelineReadInPart = false,
  periodReadInPart = false,
  olderOutbound = { reply: false, meeting: false },
  loadedBack,
}: ContactOutcomesProps) {
  const read = { timelineReadInPart, periodReadInPart, olderOutbound, loadedBack };
  const facts = (
    <>
      <li>{firstReplyText(outcomes, read)}</li>
      <li>{firstMeetingText(outcomes, read)}</li>
      {outcomes.leadResponseHours !== null && (
        <li>first response {formatHours(outcomes.leadResponseHours)} after the contact was created</li>
      )}
    </>
  );
  return (
    <OutcomesCard outcomes={outcomes} facts={facts}>
      {outcomes.vanity && (
        <p class="tl-flag" role="note">
          Many touches in the last 30 days, above the band, with no reply, connect or meeting: effort in the wrong
          place?
        </p>
      )}
    </OutcomesCard>
  );
}

/**
 * "No reply in period" only where no touch may be one: a reply without a readable date, or an email
 * whose sender the page did not show (emailsDirectionUnknown), may be the first.
 */
function firstReplyText(
  {
    touchesToFirstReply,
    undatedReplies,
    emailsDirectionUnknown = 0,
    automatedBeforeFirstReply = 0,
    undatedOutbound = 0,
    firstReplyFromStart,
    firstReplyAfter,
    directionUnknownBeforeFirstReply = 0,
  }: ContactView['outcomes'],
  read: ReadInPart,
): string {
  if (touchesToFirstReply === null && undatedReplies > 0)
    return `${plural(undatedReplies, 'reply', 'replies')} without a readable date: when the first came is not known`;
  if (touchesToFirstReply === null && emailsDirectionUnknown > 0)
    return 'whether the contact replied is not known (who sent each email was not read)';
  return firstText('reply', touchesToFirstReply, read, {
    automated: automatedBeforeFirstReply,
    undated: undatedOutbound,
    fromStart: firstReplyFromStart === true,
    after: firstReplyAfter,
    directionUnknown: directionUnknownBeforeFirstReply,
  });
}

/**
 * As firstReplyText: a held meeting without a readable date may be in the period, and the first. An
 * undated meeting is no touch before the first meeting (it would be the first), so only other
 * undated outbound touches make the count a lower bound.
 */
function firstMeetingText(
  {
    touchesToFirstMeeting,
    undatedMeetings = 0,
    automatedBeforeFirstMeeting = 0,
    undatedOutboundBeforeMeeting = 0,
    firstMeetingFromStart,
    firstMeetingAfter,
    directionUnknownBeforeFirstMeeting = 0,
  }: ContactView['outcomes'],
  read: ReadInPart,
): string {
  if (touchesToFirstMeeting !== null || undatedMeetings === 0)
    return firstText('meeting', touchesToFirstMeeting, read, {
      automated: automatedBeforeFirstMeeting,
      undated: undatedOutboundBeforeMeeting,
      fromStart: firstMeetingFromStart === true,
      after: firstMeetingAfter,
      directionUnknown: directionUnknownBeforeFirstMeeting,
    });
  return `${plural(undatedMeetings, 'meeting', 'meetings')} without a readable date: when the first was held is not known`;
}

/** Whether the timeline was loaded back to the outcome a count runs back to: every touch of the count was read. */
function shownSince(after: string | undefined, loadedBack: number | undefined): boolean {
  return after !== undefined && loadedBack !== undefined && loadedBack <= Date.parse(after);
}

interface ReadInPart {
  timelineReadInPart: boolean;
  periodReadInPart: boolean;
  loadedBack: number | undefined;
  olderOutbound: { reply: boolean; meeting: boolean };
}

/**
 * Outbound touches in no count beside a first count: automated ones left out, undated ones that may
 * come before it; `fromStart`: the count runs back to the first touch kept (no outcome before it).
 */
interface NotCounted {
  automated: number;
  undated: number;
  fromStart: boolean;
  /** When the outcome the count runs back to came, where one did. */
  after: string | undefined;
  /** Emails counted whose sender was not read: any may be the contact's, so the count is at most. */
  directionUnknown: number;
}

/**
 * Counted from the oldest touch read: on a timeline read in part, earlier touches (or an earlier
 * reply or meeting) may be in the part not read, so the count is not known, never "after 0". None
 * read is "no reply in period" only when no item of the period may be in the part not read.
 * Automated touches left out are shown apart; undated outbound touches make the count a lower bound,
 * emails of unread sender an upper one.
 */
function firstText(what: 'reply' | 'meeting', touches: number | null, read: ReadInPart, not: NotCounted): string {
  if (touches === null && read.periodReadInPart)
    return what === 'reply'
      ? 'whether the contact replied in period is not known (the timeline was read in part)'
      : 'whether a meeting was held in period is not known (the timeline was read in part)';
  if (touches === null) return what === 'reply' ? 'no reply in period' : 'no meeting held in period';
  if (read.timelineReadInPart && !shownSince(not.after, read.loadedBack))
    return `outbound touches before the first ${what}: not known (the timeline was read in part)`;
  const count = plural(touches, 'outbound touch', 'outbound touches');
  const leftOut = not.automated > 0 ? ` (and ${not.automated} automated, not counted)` : '';
  if (not.directionUnknown > 0) {
    const unread = `who sent ${plural(not.directionUnknown, 'email', 'emails')} before it was not read`;
    return not.undated > 0
      ? `outbound touches before the first ${what}: not known (${unread}; ${not.undated} more without a readable date)`
      : `first ${what} after at most ${count}${leftOut} (${unread})`;
  }
  if (not.undated > 0)
    return `first ${what} after at least ${count}${leftOut} (${not.undated} more without a readable date may be before it)`;
  // Counted back to the first touch kept, while the page shows an older one Touchline no longer keeps.
  if (not.fromStart && read.olderOutbound[what])
    return `first ${what} after at least ${count}${leftOut} (the page shows older outbound touches than Touchline keeps)`;
  return `first ${what} after ${count}${leftOut}`;
}
