import { isHidden, textOf } from '../dom';
import { fieldValue } from './fields';
import { deepFirstVisible, deepQueryAll } from './scope';
import { SEL } from './selectors';

/**
 * The record's name: the header's `primaryField` slot (crm-pages.md), then the header's title
 * text, then the Name field. Undefined when none is shown: the page is then unreadable.
 */
export function recordName(view: Element, nameLabels: readonly string[]): string | undefined {
  const header = deepQueryAll(view, '*').find(
    (el) => (SEL.headerTags as readonly string[]).includes(el.localName) && !isHidden(el),
  );
  const slotted = header ? deepFirstVisible(header, SEL.primaryField) : deepFirstVisible(view, SEL.primaryField);
  const fromSlot = cleanName(textOf(slotted));
  if (fromSlot) return fromSlot;
  if (header) {
    const title = deepFirstVisible(header, SEL.headerTitle);
    const fromTitle = cleanName(title?.getAttribute('title') || textOf(title));
    if (fromTitle) return fromTitle;
  }
  return fieldValue(view, nameLabels);
}

/** Header titles start with the object label in some layouts ("Contact Jordan Lee"). */
function cleanName(text: string): string | undefined {
  const name = text.replace(/^(contact|lead|opportunity)\s+(?=\S)/i, '').trim();
  return name || undefined;
}
