import { isColumnHeading, isHidden, textOf } from '../dom';
import { remembered } from '../reading-memo';
import { inAnotherRecordsCard } from './other-record-card';
import { inTimeline } from './timeline-area';

/** Bare labels: assistive text ("Email" on timeline icons), links, buttons and options are no labels. */
const LABEL = ':not(.slds-assistive-text):not(a):not(button):not(option)';

/**
 * A field's value by a bare label text beside it (its next sibling, else its parent's), where no
 * record layout item shows the field: never a label inside the activity timeline (timeline-area.ts),
 * whose items show their own pairs and their icons' assistive text ("Email"), which once classes
 * are gone reads like a label; nor one in a card about another record than `recordId`, the URL's
 * (other-record-card.ts). Undefined when the record's field area shows no such label.
 */
export function bareFieldValue(view: Element, labels: readonly string[], recordId: string): string | undefined {
  const wanted = new Set(labels.map((label) => label.toLowerCase()));
  const timeline = inTimeline(view);
  const another = inAnotherRecordsCard(view, recordId);
  for (const el of leaves(view)) {
    if (!wanted.has(textOf(el).replace(/:$/, '').toLowerCase())) continue;
    if (isHidden(el) || isColumnHeading(el) || timeline(el) || another(el)) continue;
    const value = textOf(el.nextElementSibling) || textOf(el.parentElement?.nextElementSibling);
    if (value) return value;
  }
  return undefined;
}

/** The view's leaf elements that may be labels, in page order, found once per reading. */
function leaves(view: Element): Element[] {
  return remembered('bare-labels', view, () =>
    Array.from(view.querySelectorAll(LABEL)).filter((el) => el.children.length === 0),
  );
}
