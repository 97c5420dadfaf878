import { attributeText, pageText, textOf } from '../dom';
import { fieldValue, layoutFieldValue } from './fields';
import { deepFirstVisible, recordHeaders } from './scope';
import { SEL } from './selectors';

/**
 * The record's name: the header's `primaryField` slot (crm-pages.md), then the header's title
 * text, then the Name field of the record layout, then the tab title minus " | Salesforce"
 * (crm-evidence-2.md: what maintained tools read when the DOM is unclear), then a bare "Name"
 * label's value (never one in a card about another record than `recordId`). Undefined when none is
 * shown: the page is then unreadable.
 */
export function recordName(
  view: Element,
  nameLabels: readonly string[],
  recordId: string,
  doc?: Document,
): string | undefined {
  const header = recordHeaders(view)[0];
  const slotted = header ? deepFirstVisible(header, SEL.primaryField) : deepFirstVisible(view, SEL.primaryField);
  // The slot holds the name alone: an opportunity may be called "Contact Center Expansion".
  const fromSlot = textOf(slotted).trim();
  if (fromSlot) return fromSlot;
  if (header) {
    const title = deepFirstVisible(header, SEL.headerTitle);
    const fromTitle = cleanName(attributeText(title, 'title') || textOf(title));
    if (fromTitle) return fromTitle;
  }
  // The tab title before a bare "Name" label: that label may be an expanded timeline item's detail.
  const fromTab = doc ? nameFromTabTitle(doc.title) : undefined;
  return layoutFieldValue(view, nameLabels, recordId) ?? fromTab ?? fieldValue(view, nameLabels, recordId);
}

/** "Jordan Lee | Contact | Salesforce" → "Jordan Lee", as the page's text is read (pageText). */
export function nameFromTabTitle(title: string): string | undefined {
  const parts = pageText(title).split(' | ');
  if (parts.length < 2 || !/^salesforce$/i.test(parts[parts.length - 1] ?? '')) return undefined;
  return parts[0] || undefined;
}

/** Header titles (not the name's slot) start with the object label in some layouts ("Contact Jordan Lee"). */
function cleanName(text: string): string | undefined {
  const name = text.replace(/^(contact|lead|opportunity)\s+(?=\S)/i, '').trim();
  return name || undefined;
}
