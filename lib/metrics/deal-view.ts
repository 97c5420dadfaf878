import { pipelineKeyOf, type StageSummary } from '../db/stage-summary-schema';
import type { Activity } from '../schema/activity';
import type { Contact, Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import type { DealView } from '../schema/view-model';
import { keptFrom } from '../settings/kept-from';
import { closedStages, dealOutcome } from './closed-stage';
import { dealStageTime } from './closed-stage-time';
import { collectTouches, countActivitiesRead } from './collect-touches';
import { crmComparisons } from './crm-comparison';
import { daysSinceLastTouch } from './days-since';
import { dealBegan } from './deal-began';
import { contactsWorked, dealContacts, noRecentActivity } from './deal-contacts';
import { dealOutcomes } from './deal-outcomes';
import { withLoggedContacts } from './logged-contacts';
import { outcomeNotRead } from './outcome-not-read';
import { periodView, resolvePeriod, touchesIn } from './period';
import { predatesKept, withinKept } from './predates-kept';
import { withPrintedStageDays } from './printed-stage-days';
import { recentTouches } from './recent-touches';
import { comparableStageOrder, stageConversionFromSummaries } from './stage-conversion';
import { currentStage, timeInStageIsApproximate } from './stage-time';
import { stageWarning, stageWarningReason } from './stage-warning';
import { surelyHappenedBy } from './surely-happened-by';
import type { Touch } from './touch';
import { countsInHeadline, countTouches } from './touch-counts';
import { typicalStageTimeFromSummaries } from './typical-stage-time';
import { weeklyTrend } from './weekly-trend';

/**
 * Everything the panel shows on a deal's page. `activities` are the deal's own activities plus
 * those of its contacts; they are merged as one set, a deal-timeline copy of a contact's touch
 * counting once. `contacts` are the stored contacts of the deal that exist; `summaries` are the
 * per-stage summaries of the cached deals (the viewed one included), days counted in the
 * settings' zone, for typical stage time and conversion; only the deal's account and pipeline
 * are compared (metrics.md "Comparable deals").
 * `activitiesRead` counts every activity these numbers were computed from.
 */
export function buildDealView(input: {
  deal: Deal;
  activities: Activity[];
  contacts: Contact[];
  summaries: StageSummary[];
  settings: Settings;
  now: Date;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone?: string;
}): DealView {
  const { deal, activities, contacts, summaries, settings, now } = input;
  const { timeZone } = settings;
  const collected = collectTouches(withLoggedContacts(activities), {
    now,
    timeZone,
    scopeKey: deal.key,
    countCompletedTasks: settings.countCompletedTasks,
    ...(input.pageTimeZone ? { pageTimeZone: input.pageTimeZone } : {}),
  });
  const { touches } = collected;
  const undated = collected.undated - (settings.countAutomated ? 0 : collected.undatedAutomated);
  const period = resolvePeriod(settings.period, now, timeZone);
  // What Touchline holds: after a raise, from where a run under the shorter setting deleted. Reading
  // the deal's page again brings back only what that page shows, not its contacts' touches.
  const kept = keptFrom(settings, now);
  const inPeriod = touchesIn(touches, period);
  const people = dealContacts({
    deal,
    contacts,
    touches,
    periodTouches: inPeriod,
    undated: collected.undatedTouches,
    settings,
    now,
  });
  const closed = dealOutcome(deal);
  // Automated touches the setting leaves out are in no touch figure (metrics.md), only in the split.
  const counted = touches.filter((t) => countsInHeadline(t, settings.countAutomated));
  return {
    kind: 'deal',
    recordKey: deal.key,
    name: deal.name,
    ...(deal.amount !== undefined ? { amount: deal.amount } : {}),
    ...(deal.currency ? { currency: deal.currency } : {}),
    ...(closed ? { closed } : {}),
    period: periodView(period, kept, timeZone),
    motion: settings.motion,
    touches: { ...countTouches(inPeriod, settings.countAutomated), undated },
    daysSinceLastTouch: daysSinceLastTouch(counted, now, timeZone),
    ...lastTouchBy(counted),
    ...(touches.length === 0 && predatesKept([deal, ...contacts], kept) ? { lastTouchBeforeKept: true as const } : {}),
    ...stageFigures(
      input.pageTimeZone ? withPrintedStageDays(deal, { timeZone, pageTimeZone: input.pageTimeZone }) : deal,
      summaries,
      settings,
      now,
    ),
    contacts: people,
    ...contactsWorked(people, inPeriod, settings.countAutomated, collected.undatedTouches),
    // A deal whose outcome was not read may be won or lost: flagged as neglected, a won deal reads as
    // one to chase (metrics.md: closed deals never get a warning), as its stage warning is withheld.
    noRecentActivity:
      !outcomeNotRead(deal) && noRecentActivity(counted, closed, settings, now, undated, dealBegan(deal)),
    outcomes: dealOutcomes(
      touches,
      collected.undatedTouches,
      people.map((c) => c.key),
      period,
      settings.countAutomated,
    ),
    recent: recentTouches(touches),
    weekly: weeklyTrend(touches, now, timeZone, settings.countAutomated, kept),
    crmComparisons: crmComparisons({
      crm: deal.crm,
      figures: deal.crmFigures,
      touches,
      undated: collected.undated,
      activities,
      timeZone,
      ...(input.pageTimeZone ? { pageTimeZone: input.pageTimeZone } : {}),
      keptFrom: kept,
      withinKept: withinKept([deal, ...contacts], kept),
    }),
    activitiesRead: countActivitiesRead(activities, collected),
  };
}

/** By when the last of the touches counted (they are in time order) had surely happened. */
function lastTouchBy(counted: readonly Touch[]): Pick<DealView, 'lastTouchBy'> {
  const last = counted.at(-1);
  return last ? { lastTouchBy: surelyHappenedBy(last).toISOString() } : {};
}

type StageFigures = Pick<
  DealView,
  | 'stage'
  | 'outcomeNotRead'
  | 'daysInStage'
  | 'daysInStageAtLeast'
  | 'daysInStageUpTo'
  | 'daysInStageApproximate'
  | 'daysInStageReason'
  | 'typicalDaysInStage'
  | 'warning'
  | 'warningReason'
  | 'stageTimeline'
  | 'conversion'
>;

/**
 * Time in stage against the typical time of comparable deals. A time known only as a range is
 * shown and compared by its lower bound; a deal closed by its marker or its stage's name never
 * warns, its time in stage stops at the close, and the outcome it sits in has no typical time. A
 * deal whose outcome was not read may be closed: its warning is not known (null), and said why; so
 * is an open deal's whose time in stage or typical time is not known.
 */
function stageFigures(deal: Deal, summaries: readonly StageSummary[], settings: Settings, now: Date): StageFigures {
  const comparable = summaries.filter((summary) => summary.pipelineKey === pipelineKeyOf(deal));
  const stage = currentStage(deal);
  const { time, reason, inOutcome, timeline } = dealStageTime(deal, now, settings.timeZone);
  const inStage = time?.days ?? null;
  const atLeast = time !== null && time.upTo !== time.days;
  const upTo = atLeast && time.upTo !== null ? time.upTo : undefined;
  const typical = stage && !inOutcome ? typicalStageTimeFromSummaries(stage, comparable, settings) : null;
  const closed = dealOutcome(deal);
  // A deal that may have closed gets no warning, nor "none" (on pace): the warning is not known;
  // nor does an open deal without a time in stage or a typical time to compare it with
  // (contracts.md: a value that cannot be computed is empty, with its reason).
  const unknownOutcome = outcomeNotRead(deal);
  const uncompared = !closed && (inStage === null || typical === null);
  const warning = unknownOutcome || uncompared ? null : stageWarning(inStage, typical, closed, settings);
  return {
    ...(stage ? { stage } : {}),
    ...(unknownOutcome ? { outcomeNotRead: true } : {}),
    daysInStage: inStage,
    ...(atLeast ? { daysInStageAtLeast: true } : {}),
    ...(upTo !== undefined ? { daysInStageUpTo: upTo } : {}),
    ...(time && !atLeast && timeInStageIsApproximate(deal) ? { daysInStageApproximate: true } : {}),
    ...(reason ? { daysInStageReason: reason } : {}),
    typicalDaysInStage: typical,
    warning,
    warningReason: stageWarningReason({
      stage,
      daysInStage: inStage,
      atLeast,
      upTo,
      typical,
      closed,
      outcomeNotRead: unknownOutcome,
      enteredAfterNow: reason === 'entered-after-now',
      warning,
      factors: settings,
    }),
    stageTimeline: timeline,
    conversion: stageConversionFromSummaries(comparableStageOrder(deal, comparable), comparable, closedStages([deal])),
  };
}
