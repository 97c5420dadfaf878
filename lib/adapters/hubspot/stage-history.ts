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

/** Where a pattern's group 1 lies in the text it matched. */
interface Span {
  start: number;
  end: number;
}

/**
 * When the deal entered each stage, from every source the page shows, most exact first: the
 * timeline's stage changes ("… moved the deal from Qualified to Demo", to the minute), then
 * "Date entered <stage>" properties for stages the timeline does not show. `shown` are the stages
 * the page names elsewhere (the current one, the pipeline's path): with the labels' stages they
 * settle where a move's sentence parts. Oldest first, in two steps. A "Date entered" value that is
 * no date this page settles (03/04/2026 where nothing shows the order) goes to `notRead`, unless
 * the timeline dates that stage.
 */
export function* readStageHistory(
  items: TimelineItem[],
  context: ReadingContext,
  shown: readonly string[],
  notRead: NotRead[],
): ReadingSteps<StageEntry[]> {
  const { entries: dated, unread } = fromDateEntered(context);
  // The labels' walk and the timeline's sentences each take a few milliseconds on a first reading.
  yield;
  const known = new Set([...shown, ...dated.map((e) => e.stage), ...unread.map((e) => e.stage)].map(fold));
  const { entries: timeline, undated, unworded } = fromTimeline(items, context, known);
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
  return [...timeline, ...dated.filter((e) => !inTimeline.has(fold(e.stage)))].sort((a, b) =>
    a.enteredAt.localeCompare(b.enteredAt),
  );
}

/**
 * The timeline's dated stage moves, the moves it shows without a readable date (`text` as shown),
 * and the headers of system items that name the deal stage in wording no stage is read from.
 */
function fromTimeline(
  items: TimelineItem[],
  context: ReadingContext,
  known: ReadonlySet<string>,
): { entries: StageEntry[]; undated: { stage: string; text?: string }[]; unworded: string[] } {
  const entries: StageEntry[] = [];
  const undated: { stage: string; text?: string }[] = [];
  const unworded: string[] = [];
  for (const { activity, parts } of items) {
    if (activity.type !== 'system') continue;
    const stage = [parts.header, parts.description]
      .map((text) => stageIn(text, context, known))
      .find((found) => found !== undefined);
    if (!stage) {
      if (namesDealStage(`${parts.header} ${parts.description}`, context.words))
        unworded.push(parts.header || parts.description);
      continue;
    }
    if (activity.timestamp) entries.push({ stage, enteredAt: activity.timestamp });
    else undated.push(activity.dateText ? { stage, text: activity.dateText } : { stage });
  }
  // The timeline lists newest first and dates to the minute: of two moves in one minute the lower
  // is older, so the entries go oldest first and the stable sort by time keeps them so.
  return { entries: entries.reverse(), undated, unworded };
}

/** The stage a sentence puts the deal in, in the page's own casing. */
function stageIn(text: string, context: ReadingContext, known: ReadonlySet<string>): string | undefined {
  const folded = fold(text);
  for (const w of context.words) {
    const span =
      firstGroup(w.stageChanges, folded) ?? enteredOf(firstGroup(w.stageMoves, folded), folded, w.stageTo, known);
    // Folding keeps positions: the stage is cut from the sentence as the page prints it.
    if (span) return text.normalize('NFC').slice(span.start, span.end).trim() || undefined;
  }
  return undefined;
}

function firstGroup(patterns: readonly RegExp[], folded: string): Span | undefined {
  for (const pattern of patterns) {
    const m = pattern.exec(folded);
    if (m?.[1] === undefined) continue;
    const start = m.index + m[0].indexOf(m[1]);
    return { start, end: start + m[1].length };
  }
  return undefined;
}

/**
 * The stage entered in "<stage left> <to> <stage entered>". A stage's name may hold the word
 * between them (HubSpot's default "Qualified to buy", "Qualificado para comprar"), so each place
 * the word stands is a possible split: the first whose stage entered is one the page names is
 * taken, else the last, whose stage entered never carries a piece of the stage left.
 */
function enteredOf(
  both: Span | undefined,
  folded: string,
  to: readonly string[],
  known: ReadonlySet<string>,
): Span | undefined {
  if (!both) return undefined;
  const starts: number[] = [];
  for (const word of to)
    for (let i = folded.indexOf(` ${word} `, both.start); i > both.start; i = folded.indexOf(` ${word} `, i + 1)) {
      const start = i + word.length + 2;
      if (start >= both.end) break;
      starts.push(start);
    }
  starts.sort((a, b) => a - b);
  const start = starts.find((s) => known.has(folded.slice(s, both.end).trim())) ?? starts[starts.length - 1];
  return start === undefined ? undefined : { start, end: both.end };
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
function fromDateEntered(context: ReadingContext): { entries: StageEntry[]; unread: UnreadEntry[] } {
  const entries: StageEntry[] = [];
  const unread: UnreadEntry[] = [];
  for (const { label, match } of context.labels.matching(context.words.map((w) => w.dateEntered))) {
    if (match[1] === undefined) continue;
    // Folding keeps positions: the stage is cut from the label as the page prints it.
    const start = match.index + match[0].indexOf(match[1]);
    const stage = textOf(label)
      .normalize('NFC')
      .slice(start, start + match[1].length)
      .trim();
    // As label-index.ts: only a label alone in its wrapper has its value in the wrapper's next one.
    const value = shownValue(textOf(label.nextElementSibling ?? label.parentElement?.nextElementSibling));
    if (!stage || !value) continue;
    const date = readHubSpotDate(value, context.clock, context.locale);
    if (date) entries.push({ stage, enteredAt: date.timestamp });
    else unread.push({ stage, text: value });
  }
  return { entries: entries.sort((a, b) => a.enteredAt.localeCompare(b.enteredAt)), unread };
}
