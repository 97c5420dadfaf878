import { unclearDollarReason } from '../../locale/local-dollar';
import { parseMoney } from '../../locale/money';
import { languageOf } from '../../locale/page-locale';
import { readsClosedStagesIn, stageOutcome } from '../../metrics/stage-outcome';
import type { NotRead } from '../../schema/read-result';
import type { DealFields } from '../../schema/record';
import type { ReadingSteps } from '../reading-steps';
import { dealContactsCounted } from './deal-contacts';
import { readStage, readStages, stageAsNamed } from './deal-stage';
import { labelledEmpty, labelledValue } from './labelled-value';
import { hubSpotOwner } from './owner-shown';
import { parseHubSpotDay } from './page-date';
import { propertyShownEmpty, propertyText, propertyValue } from './properties';
import type { TimelineItem } from './read-timeline';
import type { ReadingContext } from './reading-context';
import { recordElements } from './scope';
import { HEADER, HIGHLIGHT } from './selectors';
import { readStageHistory } from './stage-history';
import { labelsOf } from './words/index';

/**
 * The deal's fields; its name and associated contacts are read first (they classify the
 * timeline). A step per group of fields: each looks through the record's labels again.
 */
export function* readDeal(
  root: Element,
  { name, contacts }: Pick<DealFields, 'name' | 'contacts'>,
  items: TimelineItem[],
  context: ReadingContext,
  notRead: NotRead[],
): ReadingSteps<DealFields> {
  const label = (field: Parameters<typeof labelsOf>[1]) => labelsOf(context.words, field);
  // The pipeline first: a stage may be shown with its pipeline's name after it.
  const pipelineSelect = recordElements(root, HEADER.pipeline)[0];
  const pipeline =
    (pipelineSelect ? propertyText(pipelineSelect) : undefined) ??
    propertyValue(root, label('pipeline'), context.labels);
  const shownStage = readStage(root, context, pipeline);
  const stages = readStages(root);
  yield;
  const history = yield* readStageHistory(
    items,
    context,
    shownStage ? [shownStage, ...stages] : stages,
    notRead,
    pipeline,
  );
  const record: DealFields = { name, stageHistory: history.history, contacts };
  // With the pipeline shown, readStage cut its name already: other parentheses are the stage's own.
  const stage =
    shownStage && !pipeline
      ? stageAsNamed(shownStage, [...record.stageHistory.map((e) => e.stage), ...stages])
      : shownStage;
  // Sidebar cards load late: say so, and the cache keeps the contacts it already knows.
  if (record.contacts.length === 0) notRead.push({ field: 'record.contacts', reason: 'no associated contacts shown' });
  const counted = dealContactsCounted(root, context) ?? 0;
  if (record.contacts.length > 0 && counted > record.contacts.length)
    notRead.push({
      field: 'record.contacts',
      reason: `the Contacts card shows ${record.contacts.length} of the deal's ${counted} contacts`,
    });
  yield;
  const amountText =
    labelledValue(root, HIGHLIGHT.amount, label('amount')) ?? propertyValue(root, label('amount'), context.labels);
  // The first amount read builds the page language's Intl number format.
  yield;
  const amount = amountText ? parseMoney(amountText, context.locale?.lang) : undefined;
  if (amount) {
    record.amount = amount.amount;
    if (amount.currency) record.currency = amount.currency;
    if (amount.unclearDollar)
      notRead.push({ field: 'record.currency', reason: unclearDollarReason(amount.unclearDollar) });
  } else if (labelledEmpty(root, HIGHLIGHT.amount, label('amount')) || propertyShownEmpty(root, label('amount')))
    record.amountShownEmpty = true;
  else notRead.push({ field: 'record.amount', reason: 'no readable "Amount" property on the page' });
  yield;
  if (pipeline) record.pipeline = pipeline;
  else notRead.push({ field: 'record.pipeline', reason: 'no pipeline selector or "Pipeline" property' });
  if (stage) record.stage = stage;
  else notRead.push({ field: 'record.stage', reason: 'no stage selector or "Deal stage" property' });
  // HubSpot closes a deal by moving it to a closed stage: its name (a qualifier after it allowed),
  // in the words the metrics read closed stages by, in every language pages are read in.
  const closed = stage ? stageOutcome(stage) : undefined;
  if (closed) record.closed = closed;
  // In a language without closed-stage words, only the stage's name could say the deal is closed:
  // reported, so an unread outcome is not taken for an open deal without a word.
  else if (stage && !readsClosedStagesIn(languageOf(context.locale)))
    notRead.push({
      field: 'record.closed',
      reason: `the page is in "${languageOf(context.locale)}", a language Touchline has no closed-stage words for: whether "${stage}" is a won, lost or open stage is not read`,
    });
  yield;
  if (stages.length > 1) record.stages = stages;
  else notRead.push({ field: 'record.stages', reason: "the page shows no list of the pipeline's stages" });
  const closeText = propertyValue(root, label('closeDate'), context.labels);
  // An expected close looks ahead (or is overdue this year): a day without a year is this year's.
  const closeDate = closeText ? parseHubSpotDay(closeText, context.clock, context.locale, 'planned') : undefined;
  if (closeDate) record.closeDate = closeDate;
  else
    notRead.push({
      field: 'record.closeDate',
      reason: closeText ? `unreadable date "${closeText}"` : 'no "Close date" property',
    });
  const owner = hubSpotOwner(propertyValue(root, label('dealOwner'), context.labels), context.words);
  if (owner) record.owner = owner;
  else notRead.push({ field: 'record.owner', reason: 'no "Deal owner" property on the page' });
  // The stage changes are timeline items: those the timeline did not show ("Load more", a filter)
  // are missing from the history, which is then not the whole of it, unless the deal's creation
  // was shown under only older items left unloaded: nothing before it was a stage.
  const timelineInPart = notRead.find((item) => item.field === 'activities');
  const wholeSinceCreated =
    history.created && notRead.every((item) => item.field !== 'activities' || item.part === 'older');
  if (timelineInPart && !wholeSinceCreated)
    notRead.push({
      field: 'record.stageHistory',
      reason: `the stage changes are read from the timeline, and ${timelineInPart.reason}`,
    });
  else if (record.stageHistory.length === 0)
    notRead.push({ field: 'record.stageHistory', reason: 'no stage changes in the timeline' });
  return record;
}
