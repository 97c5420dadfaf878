import type { Activity } from '../schema/activity';
import type { Contact, Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import type { DealView } from '../schema/view-model';
import { dealOutcome } from './closed-stage';
import { collectTouches, countActivitiesRead } from './collect-touches';
import { crmComparisons } from './crm-comparison';
import { daysSinceLastTouch } from './days-since';
import { contactsTouched, dealContacts, noRecentActivity } from './deal-contacts';
import { resolvePeriod, touchesIn } from './period';
import { recentTouches } from './recent-touches';
import { samePipelineDeals } from './same-pipeline';
import { stageConversion, stageOrder } from './stage-conversion';
import { currentStage, stageTimeline, timeInStage, timeInStageIsApproximate } from './stage-time';
import { stageWarning, stageWarningReason } from './stage-warning';
import { countsInHeadline, countTouches } from './touch-counts';
import { typicalStageTime } from './typical-stage-time';
import { weeklyTrend } from './weekly-trend';

/**
 * Everything the panel shows on a deal's page. `activities` are the deal's own activities plus
 * those of its contacts; they are merged as one set, a deal-timeline copy of a contact's touch
 * counting once. `contacts` are the stored contacts of the deal that exist; `deals` are all
 * cached deals, for typical stage time and conversion (the viewed deal may be among them).
 * `activitiesRead` counts every activity these numbers were computed from.
 */
export function buildDealView(input: {
  deal: Deal;
  activities: Activity[];
  contacts: Contact[];
  deals: Deal[];
  settings: Settings;
  now: Date;
}): DealView {
  const { deal, activities, contacts, deals, settings, now } = input;
  const { timeZone } = settings;
  const { touches, undated } = collectTouches(activities, { now, timeZone, scopeKey: deal.key });
  const period = resolvePeriod(settings.period, now, timeZone);
  const inPeriod = touchesIn(touches, period);
  const people = dealContacts({ deal, contacts, touches, periodTouches: inPeriod, settings, now });
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
    period: { label: period.label, start: period.start.toISOString(), end: period.end.toISOString() },
    touches: { ...countTouches(inPeriod, settings.countAutomated), undated },
    daysSinceLastTouch: daysSinceLastTouch(counted, now, timeZone),
    ...stageFigures(deal, deals, settings, now),
    contacts: people,
    contactsTouched: contactsTouched(people),
    noRecentActivity: noRecentActivity(counted, closed, settings, now),
    recent: recentTouches(touches),
    weekly: weeklyTrend(touches, now, timeZone, settings.countAutomated),
    crmComparisons: crmComparisons({ crm: deal.crm, figures: deal.crmFigures, touches, undated, activities, timeZone }),
    activitiesRead: countActivitiesRead(activities),
  };
}

type StageFigures = Pick<
  DealView,
  | 'stage'
  | 'daysInStage'
  | 'daysInStageAtLeast'
  | 'daysInStageUpTo'
  | 'daysInStageApproximate'
  | 'typicalDaysInStage'
  | 'warning'
  | 'warningReason'
  | 'stageTimeline'
  | 'conversion'
>;

/**
 * Time in stage against the typical time of comparable deals. A time known only as a range is
 * shown and compared by its lower bound; a deal closed by its marker or its stage's name never
 * warns.
 */
function stageFigures(deal: Deal, deals: readonly Deal[], settings: Settings, now: Date): StageFigures {
  const comparable = samePipelineDeals(deal, deals);
  const stage = currentStage(deal);
  const time = timeInStage(deal, now, settings.timeZone);
  const inStage = time?.days ?? null;
  const atLeast = time !== null && time.upTo !== time.days;
  const upTo = atLeast && time.upTo !== null ? time.upTo : undefined;
  const typical = stage ? typicalStageTime(stage, comparable, settings) : null;
  const closed = dealOutcome(deal);
  const warning = stageWarning(inStage, typical, closed);
  return {
    ...(stage ? { stage } : {}),
    daysInStage: inStage,
    ...(atLeast ? { daysInStageAtLeast: true } : {}),
    ...(upTo !== undefined ? { daysInStageUpTo: upTo } : {}),
    ...(time && !atLeast && timeInStageIsApproximate(deal) ? { daysInStageApproximate: true } : {}),
    typicalDaysInStage: typical,
    warning,
    warningReason: stageWarningReason({ stage, daysInStage: inStage, atLeast, upTo, typical, closed, warning }),
    stageTimeline: stageTimeline(deal, now, settings.timeZone),
    conversion: stageConversion(stageOrder(deal), comparable),
  };
}
