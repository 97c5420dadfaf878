import { CRM_NAMES } from '../crm-names';
import type { Activity, Crm } from '../schema/activity';
import type { CrmFigures } from '../schema/crm-figures';
import type { CrmComparison } from '../schema/view-model';
import { datedAt } from './dated-at';
import { atPrintedDay } from './printed-day';
import { isReply, type Touch } from './touch';
import { dayNumber, formatDate } from './zoned-days';

/** The label of the comparison of counts; the others compare dates. */
export const TIMES_CONTACTED = 'Times contacted';

export interface ComparisonInput {
  crm: Crm;
  figures: CrmFigures | undefined;
  /** Every dated touch Touchline has for the record, duplicates merged, oldest first. */
  touches: readonly Touch[];
  undated: number;
  /** Every activity Touchline has for the record, touches or not. */
  activities: readonly Activity[];
  timeZone: string;
  /** The zone pages were read in (the browser's): a date-only CRM date is its printed day (atPrintedDay). */
  pageTimeZone?: string;
  /** The retention cutoff: activities read from pages before it are not kept, where the CRM's figures reach. */
  keptFrom: Date;
  /** The record is known to date wholly from after `keptFrom` (withinKept): retention is then no reason. */
  withinKept?: boolean;
}

/**
 * The CRM's own summary figures beside Touchline's, over the record's whole history (the CRM's
 * figures are lifetime figures, not the panel's period): HubSpot's "Last contacted" and "Number
 * of times contacted", Salesforce's and Pipedrive's "Last activity". Dates are compared as days
 * in the user's zone. When the two differ, the explanation names the reasons Touchline can see
 * in its data; the CRMs' own counting rules differ by CRM and setup, so they are named as
 * possibilities, never as facts.
 */
export function crmComparisons(input: ComparisonInput): CrmComparison[] {
  const { figures } = input;
  if (!figures) return [];
  const rows: CrmComparison[] = [];
  if (figures.lastContacted) rows.push(lastDate('Last contacted', figures.lastContacted, input));
  if (figures.timesContacted !== undefined) rows.push(timesContacted(figures.timesContacted, input));
  // Salesforce's Last Activity and Pipedrive's last activity date are dates without a time of day.
  if (figures.lastActivity) rows.push(lastDate('Last activity', printedDay(figures.lastActivity, input), input, true));
  return rows;
}

function printedDay(crmDate: string, { pageTimeZone, timeZone }: ComparisonInput): string {
  if (!pageTimeZone || pageTimeZone === timeZone) return crmDate;
  return atPrintedDay(crmDate, pageTimeZone, timeZone).toISOString();
}

/**
 * `dateOnly`: the CRM prints its date without a time, on the day its page printed: the last touch
 * is on that day too where the page's zone prints it so (an email of 19:30 in New York is the 19th
 * there, though the 20th in a London setting).
 */
function lastDate(label: string, crmDate: string, input: ComparisonInput, dateOnly = false): CrmComparison {
  const crmName = CRM_NAMES[input.crm];
  const last = lastAsDated(input);
  const crmValue = formatDate(new Date(crmDate), input.timeZone);
  const older = new Date(crmDate) < input.keptFrom ? beforeKept(crmName, input) : undefined;
  // Reasons Touchline has nothing as late as the CRM's date; a touch read without a readable date may be that one.
  const laterReasons = [
    input.undated > 0 ? undatedReason(crmName, input.undated) : '',
    older ?? notTouchesReason(crmName, input.activities, input.touches),
  ]
    .filter(Boolean)
    .join(' ');
  if (!last) {
    // Touches read without a readable date are touches: "no touches" would be false.
    const touchlineValue =
      input.undated > 0 ? `${plural(input.undated, 'touch', 'touches')} without a readable date` : 'no touches';
    return { label, crmValue, touchlineValue, explanation: laterReasons, touchlineBehind: true };
  }
  const touchlineValue = formatDate(last.datedAt, input.timeZone);
  const crmDay = dayNumber(new Date(crmDate), input.timeZone);
  const touchDay = dayNumber(last.datedAt, input.timeZone);
  if (crmDay === touchDay) return { label, crmValue, touchlineValue };
  if (dateOnly && input.pageTimeZone && crmDay === dayNumber(last.datedAt, input.pageTimeZone))
    return { label, crmValue, touchlineValue: formatDate(last.datedAt, input.pageTimeZone) };
  if (crmDay > touchDay) return { label, crmValue, touchlineValue, explanation: laterReasons, touchlineBehind: true };
  const explanation =
    last.activity.origin === 'logged-in-touchline'
      ? `Your ${last.channel} logged in Touchline on ${touchlineValue} is not in ${crmName} yet.`
      : last.activity.direction === 'inbound'
        ? `Touchline's last touch is ${isReply(last) ? 'an inbound reply' : 'an automatic reply'}; ${crmName} may not count replies as contacting.`
        : lastTouchUncounted(crmName, last, touchlineValue);
  return { label, crmValue, touchlineValue, explanation };
}

/**
 * The touch the CRM's date is set by, at its date as its page gave it (datedAt): the CRM dates a
 * touch by its own date, while Touchline places one the CRM shows done but dates ahead when it
 * first saw it done, or at now (collectTouches). A Salesforce call Task due Fri 27, completed early
 * and first seen done on Fri 20, is Touchline's touch of Fri 20 and Salesforce's "Last Activity"
 * of Fri 27: compared by where Touchline placed it, Touchline would seem to lack a touch it has. The
 * touch the page dated last, of those Touchline placed last on a tie.
 */
function lastAsDated({ touches, timeZone, pageTimeZone }: ComparisonInput): (Touch & { datedAt: Date }) | undefined {
  let last: (Touch & { datedAt: Date }) | undefined;
  for (const touch of touches) {
    const { timestamp } = touch.activity;
    const at = timestamp ? datedAt(touch.activity, timestamp, { timeZone, pageTimeZone }).at : touch.at;
    if (!last || at.getTime() >= last.datedAt.getTime()) last = { ...touch, datedAt: at };
  }
  return last;
}

function timesContacted(crmCount: number, input: ComparisonInput): CrmComparison {
  const crmName = CRM_NAMES[input.crm];
  const ours = input.touches.length + input.undated;
  const row = { label: TIMES_CONTACTED, crmValue: String(crmCount), touchlineValue: String(ours) };
  if (ours === crmCount) return row;
  const logged = input.touches.filter((t) => t.activity.origin === 'logged-in-touchline').length;
  const inbound = input.touches.filter((t) => t.activity.direction === 'inbound');
  // metrics.md: an automated inbound email (auto-reply, out-of-office) is never a reply.
  const replies = inbound.filter(isReply).length;
  const automatic = inbound.length - replies;
  const merged = input.touches.reduce((sum, t) => sum + t.copies.length - 1, 0);
  // Tasks are touches only with the "count completed tasks" setting on (countedTask).
  const tasks = input.touches.filter((t) => t.channel === 'task').length;
  const reasons = [
    replies > 0 ? `counts ${plural(replies, 'inbound reply', 'inbound replies')}` : '',
    automatic > 0 ? `counts ${plural(automatic, 'automatic reply', 'automatic replies')}` : '',
    logged > 0
      ? `counts ${plural(logged, 'touch', 'touches')} logged in Touchline that ${crmName} does not have yet`
      : '',
    tasks > 0 ? `counts ${plural(tasks, 'completed task', 'completed tasks')} (your setting)` : '',
    merged > 0 ? `merged ${plural(merged, 'duplicate capture', 'duplicate captures')}` : '',
    ours < crmCount && !input.withinKept
      ? `keeps what pages showed from ${formatDate(input.keptFrom, input.timeZone)} on (the retention setting)`
      : '',
  ].filter(Boolean);
  const kinds =
    tasks > 0
      ? 'calls, emails, meetings, social, SMS and completed tasks'
      : 'only calls, emails, meetings, social and SMS';
  const ownRules = `${crmName} counts notes, tasks and captured email its own way; Touchline counts ${kinds} with the person.`;
  const explanation = reasons.length > 0 ? `Touchline ${joinWords(reasons)}. ${ownRules}` : ownRules;
  return { ...row, explanation, ...(ours < crmCount ? { touchlineBehind: true as const } : {}) };
}

/**
 * Why the CRM's date is older than a touch the user made: Pipedrive's last activity date follows
 * its activities (calls, meetings, tasks), not synced email; any CRM may leave out a kind of touch,
 * or not have it yet. The touch may well be on the very page the figure was read from.
 */
function lastTouchUncounted(crmName: string, last: Touch, touchlineValue: string): string {
  if (crmName === CRM_NAMES.pipedrive && last.channel === 'email')
    return `Pipedrive's date follows its activities (calls, meetings, tasks), not synced email: Touchline's last touch is an email of ${touchlineValue}.`;
  return `${crmName} may not count the ${last.channel} of ${touchlineValue} in its date, or had not recorded it yet.`;
}

/** Why Touchline has nothing at the CRM's date: it is older than retention keeps. */
function beforeKept(crmName: string, input: ComparisonInput): string {
  return `${crmName}'s date is before ${formatDate(input.keptFrom, input.timeZone)}, and Touchline keeps no older activities read from pages (the retention setting).`;
}

/** Why Touchline's date may be wrong or missing: touches it read without a date it could read. */
function undatedReason(crmName: string, undated: number): string {
  return undated === 1
    ? `Touchline read 1 touch without a readable date, which may be the one ${crmName}'s date is from.`
    : `Touchline read ${undated} touches without a readable date, one of which may be the one ${crmName}'s date is from.`;
}

function notTouchesReason(crmName: string, activities: readonly Activity[], touches: readonly Touch[]): string {
  // A completed task counted as a touch (the setting) is not among the "not touches" named here.
  const counted = new Set(touches.flatMap((t) => t.copies));
  const nonTouches = activities.filter(
    (a) => (a.type === 'note' || a.type === 'task' || a.type === 'system') && !counted.has(a.key),
  ).length;
  const seen =
    nonTouches > 0
      ? ` Touchline has ${plural(nonTouches, 'note, task or system event', 'notes, tasks and system events')} on this record.`
      : '';
  return `${crmName}'s date can come from notes, tasks, planned or cancelled items, which are not touches, or from touches Touchline has not read yet.${seen}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
