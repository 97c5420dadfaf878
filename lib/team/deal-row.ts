import { isFromExportOnly } from '../csv-import/deals/to-deal';
import { newestTouchMayBeUnread } from '../db/newest-touches-mark';
import { recordKeyOf } from '../keys';
import { collectTouches } from '../metrics/collect-touches';
import { daysSinceLastTouch } from '../metrics/days-since';
import { contactsWorked, dealContacts } from '../metrics/deal-contacts';
import { withLoggedContacts } from '../metrics/logged-contacts';
import { outcomeNotRead } from '../metrics/outcome-not-read';
import { touchesIn } from '../metrics/period';
import { predatesKept } from '../metrics/predates-kept';
import { currentStage, enteredAfter, timeInStage, timeInStageIsApproximate } from '../metrics/stage-time';
import { type StageWarning, stageWarning, stageWarningReason } from '../metrics/stage-warning';
import type { Touch } from '../metrics/touch';
import type { TypicalStageTime } from '../metrics/typical-stage-time';
import type { Activity } from '../schema/activity';
import type { Contact, Deal } from '../schema/record';
import type { Settings } from '../schema/settings';
import { keptFrom } from '../settings/kept-from';
import type { Window } from './periods';
import { recordUrl } from './record-url';
import type { StageOrders } from './stage-orders';
import type { TypicalTimes } from './typical-times';

export interface DealRow {
  key: string;
  crm: Deal['crm'];
  name: string;
  url: string;
  owner?: string;
  pipeline?: string;
  stage?: string;
  /** The stage's place in its pipeline's order as the deal's page showed it (`stages`), from 0; absent without that order. */
  stagePlace?: number;
  /** Days in stage, the lower bound when only a range is known; null when unknown. */
  daysInStage: number | null;
  daysInStageUpTo?: number;
  daysInStageAtLeast?: boolean;
  daysInStageApproximate?: boolean;
  typicalDays: number | null;
  /** The median itself when it falls between two whole days (typicalDays is it rounded): the warning and the order compare with it. */
  typicalMedian?: number;
  typicalSource?: 'own-deals' | 'default';
  /** `none` too when the warning cannot be computed (`warningNotKnown`): the order and the words say so apart. */
  warning: StageWarning;
  /**
   * Why the warning cannot be computed, as the deal panel says it (contracts.md: an empty value with
   * its reason): the stage's outcome not read, no stage, no time in stage, or no typical time for it.
   */
  warningNotKnown?: WarningNotKnown;
  /** The deal's newest reading could not read its stage's outcome (outcome-not-read.ts): it may be closed, so no warning. */
  outcomeNotRead?: true;
  warningReason: string;
  /** Whole days since any touch on the deal or its contacts, any time; null when none is kept. */
  daysSinceTouch: number | null;
  /** Set when no touch is kept and the deal or a contact of it dates from before what Touchline holds (predatesKept): not "never". */
  lastTouchBeforeKept?: true;
  /** Counted touches whose date the page did not give (collectTouches' `undated`): touches of unknown age, so not "never". */
  undatedTouches?: number;
  /** Set when every dated touch is automated and the setting leaves those out: touched, yet none counted. */
  onlyAutomatedTouches?: true;
  /**
   * The deal's newest page reading showed its timeline filtered or folded (Deal.newestTouchesMayBeUnread),
   * or left behind "Load more" items that may be newer than the last touch counted here
   * (Deal.newestReadingLoadedBackTo: newestTouchMayBeUnread): a newer touch, or one with a contact
   * shown untouched, may be in the part not read, as its panel says.
   */
  timelineReadInPart?: true;
  /**
   * Contacts on the deal touched in the period, and contacts on the deal; both null for a deal known
   * only from a deal export, which lists no contacts: "0 of 0" would say it has none.
   */
  contactsWorked: number | null;
  contactsOnDeal: number | null;
  /** Touches in the period naming no contact while some contact has none: `contactsWorked` is then a lower bound (contactsWorked, lib/metrics/deal-contacts.ts). */
  touchesNamingNoContact?: number;
  /** Touches without a readable date naming a contact with none in the period, or naming none: `contactsWorked` is then a lower bound too. */
  undatedTouchesOfUntouched?: number;
  amount?: number;
  currency?: string;
}

interface DealRowInput {
  deal: Deal;
  activities: readonly Activity[];
  contacts: ReadonlyMap<string, Contact>;
  typical: TypicalTimes;
  settings: Settings;
  period: Window;
  now: Date;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone: string;
  /** Each pipeline's stage order (stageOrders); the deal's own path where not given. */
  stageOrders?: StageOrders;
}

/**
 * One open deal's row, computed as its panel computes it (metrics/deal-view.ts): its own and its
 * contacts' activities merged as one set with the deal as the record viewed, time in stage against
 * the typical time of comparable deals, contacts worked in the period.
 */
export function dealRow(input: DealRowInput): DealRow {
  return dealRowAndTouches(input).row;
}

/**
 * The deal's row and the touches it was computed from (its activities' copies merged, automated
 * ones too): the Deals section's basis counts the copies of one touch once (teamBasis).
 */
export function dealRowAndTouches(input: DealRowInput): { row: DealRow; touches: Touch[] } {
  const { deal, settings, now } = input;
  const { timeZone } = settings;
  const { touches, undated, undatedAutomated, undatedTouches } = collectTouches(withLoggedContacts(input.activities), {
    now,
    timeZone,
    scopeKey: deal.key,
    countCompletedTasks: settings.countCompletedTasks,
    pageTimeZone: input.pageTimeZone,
  });
  const counted = touches.filter((t) => settings.countAutomated || !t.activity.automated);
  const undatedCounted = settings.countAutomated ? undated : undated - undatedAutomated;
  const stored = deal.contacts.flatMap(({ id }) => {
    const contact = input.contacts.get(recordKeyOf(deal.crm, deal.tenant, 'contact', id));
    return contact ? [contact] : [];
  });
  const periodTouches = touchesIn(touches, input.period);
  const people = dealContacts({
    deal,
    contacts: stored,
    touches,
    periodTouches,
    undated: undatedTouches,
    settings,
    now,
  });
  const worked = contactsWorked(people, periodTouches, settings.countAutomated, undatedTouches);
  const { stage, time, days, atLeast, upTo, typical, warning, unknownOutcome, notKnown } = stageFigures(
    deal,
    input.typical,
    settings,
    now,
  );
  const row: DealRow = {
    key: deal.key,
    crm: deal.crm,
    name: deal.name,
    url: recordUrl(deal.crm, deal.tenant, 'deal', deal.recordId),
    ...(deal.owner ? { owner: deal.owner } : {}),
    ...(deal.pipeline ? { pipeline: deal.pipeline } : {}),
    ...(stage ? { stage } : {}),
    ...stagePlaceOf(input.stageOrders?.(deal) ?? deal.stages, stage),
    daysInStage: days,
    ...(upTo !== undefined ? { daysInStageUpTo: upTo } : {}),
    ...(atLeast ? { daysInStageAtLeast: true } : {}),
    ...(time && !atLeast && timeInStageIsApproximate(deal) ? { daysInStageApproximate: true } : {}),
    typicalDays: typical?.days ?? null,
    ...(typical?.median !== undefined ? { typicalMedian: typical.median } : {}),
    ...(typical ? { typicalSource: typical.source } : {}),
    warning,
    ...(notKnown ? { warningNotKnown: notKnown } : {}),
    ...(unknownOutcome ? { outcomeNotRead: true as const } : {}),
    warningReason: stageWarningReason({
      stage,
      daysInStage: days,
      atLeast,
      upTo,
      typical,
      closed: undefined,
      outcomeNotRead: unknownOutcome,
      enteredAfterNow: notKnown === 'entered-after-now',
      warning,
      factors: settings,
    }),
    daysSinceTouch: daysSinceLastTouch(counted, now, timeZone),
    ...(undatedCounted > 0 ? { undatedTouches: undatedCounted } : {}),
    ...(counted.length === 0 && touches.length > 0 ? { onlyAutomatedTouches: true as const } : {}),
    ...(newestTouchMayBeUnread(deal, counted.at(-1)) ? { timelineReadInPart: true as const } : {}),
    ...(touches.length === 0 && predatesKept([deal, ...stored], keptFrom(settings, now))
      ? { lastTouchBeforeKept: true as const }
      : {}),
    ...(isFromExportOnly(deal) && deal.contacts.length === 0
      ? { contactsWorked: null, contactsOnDeal: null }
      : {
          contactsWorked: worked.contactsTouched,
          contactsOnDeal: deal.contacts.length,
          ...(worked.touchesNamingNoContact ? { touchesNamingNoContact: worked.touchesNamingNoContact } : {}),
          ...(worked.undatedTouchesOfUntouched ? { undatedTouchesOfUntouched: worked.undatedTouchesOfUntouched } : {}),
        }),
    ...(deal.amount !== undefined ? { amount: deal.amount } : {}),
    ...(deal.currency ? { currency: deal.currency } : {}),
  };
  return { row, touches };
}

/** Where the stage stands in its pipeline's order (the deal's own, else stageOrders'), so the Stage column sorts as the pipeline runs. */
function stagePlaceOf(order: readonly string[] | undefined, stage: string | undefined): { stagePlace?: number } {
  const place = stage === undefined ? -1 : (order?.indexOf(stage) ?? -1);
  return place < 0 ? {} : { stagePlace: place };
}

/**
 * The part of a deal's row that depends on its stage alone (time in stage against the typical
 * time, the warning): known before any activity is read, so the rows can be put in order first.
 */
export function stageFigures(deal: Deal, typicalTimes: TypicalTimes, settings: Settings, now: Date) {
  const stage = currentStage(deal);
  const time = timeInStage(deal, now, settings.timeZone);
  const days = time?.days ?? null;
  const atLeast = time !== null && time.upTo !== time.days;
  const upTo = atLeast && time.upTo !== null ? time.upTo : undefined;
  const typical = stage ? typicalTimes.of(deal, stage) : null;
  // A deal that may have closed unseen (its stage's outcome not read) is not held to a typical time.
  const unknownOutcome = outcomeNotRead(deal);
  const warning = unknownOutcome ? 'none' : stageWarning(days, typical, undefined, settings);
  const notKnown = warningNotKnown(stage, days, typical, unknownOutcome, enteredAfter(deal, now, settings.timeZone));
  return { stage, time, days, atLeast, upTo, typical, warning, unknownOutcome, notKnown };
}

export type WarningNotKnown =
  | 'outcome-not-read'
  | 'no-stage'
  | 'no-stage-history'
  | 'entered-after-now'
  | 'no-typical-time';

/**
 * Why an open deal's warning cannot be computed, in the deal panel's order and words (its
 * stageFigures and StageCard): an outcome not read first, then a time in stage not known (no stage,
 * no history of it, or an entry the history dates after today), then no typical time to hold it
 * against. A lower bound is compared.
 */
function warningNotKnown(
  stage: string | undefined,
  days: number | null,
  typical: TypicalStageTime | null,
  unknownOutcome: boolean,
  enteredAfterNow: boolean,
): WarningNotKnown | undefined {
  if (unknownOutcome) return 'outcome-not-read';
  if (enteredAfterNow) return 'entered-after-now';
  if (days === null) return stage ? 'no-stage-history' : 'no-stage';
  return typical === null ? 'no-typical-time' : undefined;
}

/** What the stalled-first order looks at. */
export type WarningOrderRow = Pick<DealRow, 'warning' | 'daysInStage' | 'typicalDays' | 'typicalMedian'>;

const WARNING_ORDER: Record<StageWarning, number> = { stalled: 0, watch: 1, none: 2 };

/**
 * Stalled first, then watch; within each, the deals furthest over their typical time first, measured
 * against the median itself as the warning is (stageWarning), not its rounded display.
 */
export function byWarning(a: WarningOrderRow, b: WarningOrderRow): number {
  return WARNING_ORDER[a.warning] - WARNING_ORDER[b.warning] || (overTypical(b) ?? -1) - (overTypical(a) ?? -1);
}

/** Time in stage ÷ typical time; null when either is unknown. */
export function overTypical(row: WarningOrderRow): number | null {
  const typical = row.typicalMedian ?? row.typicalDays;
  if (row.daysInStage === null || !typical) return null;
  return row.daysInStage / typical;
}
