import type { Activity } from '../schema/activity';
import type { Contact, Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import type { DealView } from '../schema/view-model';
import { collectTouches, countActivitiesRead } from './collect-touches';
import { crmComparisons } from './crm-comparison';
import { daysSinceLastTouch } from './days-since';
import { contactsTouched, dealContacts, noRecentActivity } from './deal-contacts';
import { resolvePeriod, touchesIn } from './period';
import { recentTouches } from './recent-touches';
import { samePipelineDeals } from './same-pipeline';
import { stageConversion, stageOrder } from './stage-conversion';
import { currentStage, daysInStage, daysInStageIsLowerBound, stageTimeline } from './stage-time';
import { stageWarning, stageWarningReason } from './stage-warning';
import { countTouches } from './touch-counts';
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
  return {
    kind: 'deal',
    recordKey: deal.key,
    name: deal.name,
    ...(deal.amount !== undefined ? { amount: deal.amount } : {}),
    ...(deal.currency ? { currency: deal.currency } : {}),
    ...(deal.closed ? { closed: deal.closed } : {}),
    period: { label: period.label, start: period.start.toISOString(), end: period.end.toISOString() },
    touches: { ...countTouches(inPeriod, settings.countAutomated), undated },
    daysSinceLastTouch: daysSinceLastTouch(touches, now, timeZone),
    ...stageFigures(deal, deals, settings, now),
    contacts: people,
    contactsTouched: contactsTouched(people),
    noRecentActivity: noRecentActivity(touches, deal.closed, settings, now),
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
  | 'typicalDaysInStage'
  | 'warning'
  | 'warningReason'
  | 'stageTimeline'
  | 'conversion'
>;

function stageFigures(deal: Deal, deals: readonly Deal[], settings: Settings, now: Date): StageFigures {
  const comparable = samePipelineDeals(deal, deals);
  const stage = currentStage(deal);
  const inStage = daysInStage(deal, now, settings.timeZone);
  const typical = stage ? typicalStageTime(stage, comparable, settings) : null;
  const warning = stageWarning(inStage, typical, deal.closed);
  const atLeast = daysInStageIsLowerBound(deal);
  return {
    ...(stage ? { stage } : {}),
    daysInStage: inStage,
    ...(atLeast ? { daysInStageAtLeast: true } : {}),
    typicalDaysInStage: typical,
    warning,
    warningReason: stageWarningReason({ stage, daysInStage: inStage, atLeast, typical, closed: deal.closed, warning }),
    stageTimeline: stageTimeline(deal, now, settings.timeZone),
    conversion: stageConversion(stageOrder(deal), comparable),
  };
}
