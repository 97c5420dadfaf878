import { fold } from '../../locale/fold';
import type { NotRead } from '../../schema/read-result';
import type { StageEntry } from '../../schema/record';
import { textOf } from '../dom';
import type { ReadingSteps } from '../reading-steps';
import { shownValue } from './empty-value';
import { namesDealStage } from './names-deal-stage';
import { readHubSpotDate } from './page-date';
import type { TimelineItem } from './read-timeline';
import type { ReadingContext } from './reading-context';
import { type Span, type Split, settleSplits, stageSplits } from './stage-sentence';
import { valueText } from './value-text';
import { withoutPipelineGroup } from './without-pipeline-group';

/**
 * When the deal entered each stage, from every source the page shows, most exact first: the
 * timeline's stage changes ("… moved the deal from Qualified to Demo", to the minute), then
 * "Date entered <stage>" properties for stages the timeline does not show. `shown` are the stages
 * the page names elsewhere (the current one, the pipeline's path): with the labels' stages and the
 * timeline's other moves they settle where a move's sentence parts (stage-sentence.ts); a move they
 * leave unsettled goes to `notRead`. Oldest first, in two steps. A "Date entered" value that is
 * no date this page settles (03/04/2026 where nothing shows the order) goes to `notRead`, unless
 * the timeline dates that stage.
 */
export function* readStageHistory(
  items: TimelineItem[],
  context: ReadingContext,
  shown: readonly string[],
  notRead: NotRead[],
  pipeline?: string,
): ReadingSteps<{ history: StageEntry[]; created: boolean }> {
  const { entries: dated, unread } = fromDateEntered(context, pipeline);
  // The labels' walk and the timeline's sentences each take a few milliseconds on a first reading.
  yield;
  const known = new Set([...shown, ...dated.map((e) => e.stage), ...unread.map((e) => e.stage)].map(fold));
  const { entries: timeline, undated, unworded, unsettled, created } = fromTimeline(items, context, known);
  const inTimeline = new Set(timeline.map((e) => fold(e.stage)));
  for (const { stage, text } of unread)
    if (!inTimeline.has(fold(stage)))
      notRead.push({ field: 'record.stageHistory', reason: `unreadable date "${text}" entering "${stage}"` });
  // A move left out shifts the time in the stage before it onto that stage (metrics.md): say so.
  const inProperties = new Set(dated.map((e) => fold(e.stage)));
  for (const { stage, text } of undated)
    if (!inTimeline.has(fold(stage)) && !inProperties.has(fold(stage)))
      notRead.push({
        field: 'record.stageHistory',
        reason: text ? `unreadable date "${text}" of the move into "${stage}"` : `no date for the move into "${stage}"`,
      });
  // A stage change worded as no table knows leaves a move out just as an undated one does.
  for (const header of unworded)
    notRead.push({ field: 'record.stageHistory', reason: `no stage read from the stage change "${header}"` });
  for (const { text, stages } of unsettled)
    notRead.push({
      field: 'record.stageHistory',
      reason: `the stage change "${text}" may move into ${stages.map((s) => `"${s}"`).join(' or ')}; nothing on the page settles which`,
    });
  const history = [...timeline, ...dated.filter((e) => !inTimeline.has(fold(e.stage)))].sort((a, b) =>
    a.enteredAt.localeCompare(b.enteredAt),
  );
  return { history, created };
}

/**
 * The timeline's dated stage moves, the moves it shows without a readable date (`text` as shown),
 * the headers of system items that name the deal stage in wording no stage is read from, and the
 * stage sentences the page leaves two ways to read (stage-sentence.ts), with the stages each may enter.
 */
function fromTimeline(
  items: TimelineItem[],
  context: ReadingContext,
  known: ReadonlySet<string>,
): {
  entries: StageEntry[];
  undated: { stage: string; text?: string }[];
  unworded: string[];
  unsettled: { text: string; stages: string[] }[];
  /** The timeline showed the deal's creation ("created this deal in X"): no stage came before it. */
  created: boolean;
} {
  const sentences: { activity: TimelineItem['activity']; text: string; splits: Split[] }[] = [];
  const unworded: string[] = [];
  for (const { activity, parts } of items) {
    if (activity.type !== 'system') continue;
    const sentence = [parts.header, parts.description]
      .map((text) => ({ text, splits: stageSplits(text, context.words) }))
      .find((found) => found.splits !== undefined);
    if (sentence?.splits) sentences.push({ activity, text: sentence.text, splits: sentence.splits });
    else if (namesDealStage(`${parts.header} ${parts.description}`, context.words))
      unworded.push(parts.header || parts.description);
  }
  const chosen = settleSplits(
    sentences.map((s) => s.splits),
    known,
  );
  const entries: StageEntry[] = [];
  const undated: { stage: string; text?: string }[] = [];
  const unsettled: { text: string; stages: string[] }[] = [];
  let created = false;
  sentences.forEach(({ activity, text, splits }, i) => {
    const split = chosen[i];
    if (split && split.left === undefined) created = true;
    if (!split) {
      unsettled.push({ text, stages: [...new Set(splits.map((s) => cut(text, s.entered)))] });
      return;
    }
    const stage = cut(text, split.entered);
    if (!stage) unworded.push(text);
    else if (activity.timestamp) entries.push({ stage, enteredAt: activity.timestamp });
    else undated.push(activity.dateText ? { stage, text: activity.dateText } : { stage });
  });
  // The timeline lists newest first and dates to the minute: of two moves in one minute the lower
  // is older, so the entries go oldest first and the stable sort by time keeps them so.
  return { entries: entries.reverse(), undated, unworded, unsettled, created };
}

/** The stage as the page prints it: folding keeps positions. */
function cut(text: string, span: Span): string {
  return text.normalize('NFC').slice(span.start, span.end).trim();
}

/** A "Date entered" property whose value is shown but cannot be read as a date. */
interface UnreadEntry {
  stage: string;
  text: string;
}

/**
 * "Date entered "Proposal (Sales Pipeline)"" label / value pairs (crm-evidence-2.md), with the
 * shown values that are no date this page settles (03/04/2026 where nothing says the order).
 */
function fromDateEntered(
  context: ReadingContext,
  pipeline: string | undefined,
): { entries: StageEntry[]; unread: UnreadEntry[] } {
  const entries: StageEntry[] = [];
  const unread: UnreadEntry[] = [];
  for (const { label, match } of context.labels.matching(context.words.map((w) => w.dateEntered))) {
    if (match[1] === undefined) continue;
    // Folding keeps positions: the stage is cut from the label as the page prints it.
    const start = match.index + match[0].indexOf(match[1]);
    const stage = withoutPipelineGroup(
      textOf(label)
        .normalize('NFC')
        .slice(start, start + match[1].length),
      pipeline,
    );
    // As label-index.ts: only a label alone in its wrapper has its value in the wrapper's next one.
    const value = shownValue(valueText(label.nextElementSibling ?? label.parentElement?.nextElementSibling));
    if (!stage || !value) continue;
    const date = readHubSpotDate(value, context.clock, context.locale);
    if (date) entries.push({ stage, enteredAt: date.timestamp });
    else unread.push({ stage, text: value });
  }
  return { entries: entries.sort((a, b) => a.enteredAt.localeCompare(b.enteredAt)), unread };
}
