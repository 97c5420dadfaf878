import { fold } from '../../locale/fold';
import type { StageEntry } from '../../schema/record';
import { isHidden, textOf } from '../dom';
import { readHubSpotDate } from './page-date';
import type { TimelineItem } from './read-timeline';
import type { ReadingContext } from './reading-context';

/**
 * When the deal entered each stage, from every source the page shows, most exact first: the
 * timeline's stage changes ("… moved the deal from Qualified to Demo", to the minute), then
 * "Date entered <stage>" properties for stages the timeline does not show. Oldest first.
 */
export function readStageHistory(root: Element, items: TimelineItem[], context: ReadingContext): StageEntry[] {
  const timeline = fromTimeline(items, context);
  const known = new Set(timeline.map((e) => fold(e.stage)));
  const dated = fromDateEntered(root, context).filter((e) => !known.has(fold(e.stage)));
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
function fromDateEntered(root: Element, context: ReadingContext): StageEntry[] {
  const entries: StageEntry[] = [];
  for (const label of Array.from(root.querySelectorAll('*'))) {
    if (label.children.length > 0 || isHidden(label)) continue;
    const text = textOf(label).replace(/\s*:$/, '');
    const folded = fold(text);
    const m = context.words.map((w) => w.dateEntered.exec(folded)).find((found) => found?.[1]);
    if (!m?.[1]) continue;
    const value = textOf(label.nextElementSibling) || textOf(label.parentElement?.nextElementSibling);
    const date = value ? readHubSpotDate(value, context.clock, context.locale) : undefined;
    if (!date) continue;
    const start = m.index + m[0].indexOf(m[1]);
    entries.push({ stage: text.slice(start, start + m[1].length).trim(), enteredAt: date.timestamp });
  }
  return entries;
}
