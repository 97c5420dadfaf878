import { fold } from '../../locale/fold';
import type { StageEntry } from '../../schema/record';
import { textOf } from '../dom';
import type { ReadingSteps } from '../reading-steps';
import { readHubSpotDate } from './page-date';
import type { TimelineItem } from './read-timeline';
import type { ReadingContext } from './reading-context';

/**
 * When the deal entered each stage, from every source the page shows, most exact first: the
 * timeline's stage changes ("… moved the deal from Qualified to Demo", to the minute), then
 * "Date entered <stage>" properties for stages the timeline does not show. Oldest first, in two steps.
 */
export function* readStageHistory(items: TimelineItem[], context: ReadingContext): ReadingSteps<StageEntry[]> {
  const timeline = fromTimeline(items, context);
  // The labels' walk and the timeline's sentences each take a few milliseconds on a first reading.
  yield;
  const known = new Set(timeline.map((e) => fold(e.stage)));
  const dated = fromDateEntered(context).filter((e) => !known.has(fold(e.stage)));
  return [...timeline, ...dated].sort((a, b) => a.enteredAt.localeCompare(b.enteredAt));
}

function fromTimeline(items: TimelineItem[], context: ReadingContext): StageEntry[] {
  const entries: StageEntry[] = [];
  for (const { activity, parts } of items) {
    if (activity.type !== 'system' || !activity.timestamp) continue;
    const stage = [parts.header, parts.description]
      .map((text) => stageIn(text, context))
      .find((found) => found !== undefined);
    if (stage) entries.push({ stage, enteredAt: activity.timestamp });
  }
  return entries;
}

/** The stage a sentence names, in the page's own casing (patterns match folded text of equal length). */
function stageIn(text: string, context: ReadingContext): string | undefined {
  const folded = fold(text);
  for (const w of context.words)
    for (const pattern of w.stageChanges) {
      const m = pattern.exec(folded);
      if (m?.[1] !== undefined) {
        const start = m.index + m[0].indexOf(m[1]);
        return (
          text
            .normalize('NFC')
            .slice(start, start + m[1].length)
            .trim() || undefined
        );
      }
    }
  return undefined;
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
