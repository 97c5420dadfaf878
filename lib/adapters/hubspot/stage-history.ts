import { fold } from '../../locale/fold';
import type { StageEntry } from '../../schema/record';
import { textOf } from '../dom';
import type { ReadingSteps } from '../reading-steps';
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
 * settle where a move's sentence parts. Oldest first, in two steps.
 */
export function* readStageHistory(
  items: TimelineItem[],
  context: ReadingContext,
  shown: readonly string[],
): ReadingSteps<StageEntry[]> {
  const dated = fromDateEntered(context);
  // The labels' walk and the timeline's sentences each take a few milliseconds on a first reading.
  yield;
  const known = new Set([...shown, ...dated.map((e) => e.stage)].map(fold));
  const timeline = fromTimeline(items, context, known);
  const inTimeline = new Set(timeline.map((e) => fold(e.stage)));
  return [...timeline, ...dated.filter((e) => !inTimeline.has(fold(e.stage)))].sort((a, b) =>
    a.enteredAt.localeCompare(b.enteredAt),
  );
}

function fromTimeline(items: TimelineItem[], context: ReadingContext, known: ReadonlySet<string>): StageEntry[] {
  const entries: StageEntry[] = [];
  for (const { activity, parts } of items) {
    if (activity.type !== 'system' || !activity.timestamp) continue;
    const stage = [parts.header, parts.description]
      .map((text) => stageIn(text, context, known))
      .find((found) => found !== undefined);
    if (stage) entries.push({ stage, enteredAt: activity.timestamp });
  }
  return entries;
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

/** "Date entered "Proposal (Sales Pipeline)"" label / value pairs (crm-evidence-2.md). */
function fromDateEntered(context: ReadingContext): StageEntry[] {
  const entries: StageEntry[] = [];
  for (const { label, match } of context.labels.matching(context.words.map((w) => w.dateEntered))) {
    const value = textOf(label.nextElementSibling) || textOf(label.parentElement?.nextElementSibling);
    const date = value ? readHubSpotDate(value, context.clock, context.locale) : undefined;
    if (!date || match[1] === undefined) continue;
    // Folding keeps positions: the stage is cut from the label as the page prints it.
    const start = match.index + match[0].indexOf(match[1]);
    const stage = textOf(label)
      .normalize('NFC')
      .slice(start, start + match[1].length)
      .trim();
    if (stage) entries.push({ stage, enteredAt: date.timestamp });
  }
  return entries.sort((a, b) => a.enteredAt.localeCompare(b.enteredAt));
}
