import { attributeText, pageText, textOf } from '../dom';
import { remembered } from '../reading-memo';
import { isEmptyMark, shownValue } from './empty-value';
import { LabelIndex, normaliseLabel } from './label-index';
import { ownPropertiesArea } from './own-properties';
import { recordElements } from './scope';
import { PROPERTIES } from './selectors';
import { valueText } from './value-text';

/** The value as the property shows it, or undefined where the text cannot be this property's value. */
export type ValueCheck = (text: string) => string | undefined;

/**
 * A property's value by its label ("Email", "Last contacted"), case-insensitive. Tries the
 * labelled property elements first (crm-pages.md), then any short text equal to the label; both
 * only in the record's own properties area (own-properties.ts), never in an associated record's
 * card beside it. A `check` skips texts beside the label that cannot be the value (a timeline
 * header's "Email" type word is followed by "sent by …", never an address). `index` is the
 * record's label index, used as it is where the area is the whole record.
 */
export function propertyValue(
  root: Element,
  labels: readonly string[],
  index: LabelIndex = new LabelIndex(root),
  check: ValueCheck = (text) => text,
): string | undefined {
  const wanted = labels.map(normaliseLabel);
  for (const { label, text } of propertyLabels(root)) {
    if (!wanted.includes(text)) continue;
    const shown = valueNear(label);
    const value = shown ? check(shown) : undefined;
    if (value) return value;
  }
  const area = ownPropertiesArea(root);
  const own = area === root ? index : remembered('own-property-labels', area, () => new LabelIndex(area));
  return own.valueBeside(labels, check);
}

/** The record's property labels with their normalised text, found once per reading for every property asked. */
function propertyLabels(root: Element): { label: Element; text: string }[] {
  return remembered('property-labels', root, () => {
    const area = ownPropertiesArea(root);
    return recordElements(root, PROPERTIES.label)
      .filter((label) => area.contains(label))
      .map((label) => ({ label, text: normaliseLabel(textOf(label)) }));
  });
}

function valueNear(label: Element): string | undefined {
  const element = valueElement(label);
  return element ? propertyText(element) : undefined;
}

/** The element holding a property label's value: the control it names, else the one beside it. */
function valueElement(label: Element): Element | undefined {
  const forId = label.getAttribute('for');
  const target = forId ? label.ownerDocument.getElementById(forId) : null;
  // The value beside the label; only a label alone in its wrapper has its value in the next one.
  return target ?? label.nextElementSibling ?? label.parentElement?.nextElementSibling ?? undefined;
}

/**
 * True when a labelled property of the record's own area shows HubSpot's dash for no value beside
 * its label: the property is on the page, and empty.
 */
export function propertyShownEmpty(root: Element, labels: readonly string[]): boolean {
  const wanted = labels.map(normaliseLabel);
  return propertyLabels(root).some(({ label, text }) => {
    if (!wanted.includes(text)) return false;
    const element = valueElement(label);
    return element !== undefined && !element.querySelector(PROPERTIES.control) && isEmptyMark(valueText(element));
  });
}

/**
 * Text of a value element as a user reads it (value-text.ts); sidebar properties may be form
 * controls whose text is in `value`.
 */
export function propertyText(el: Element): string | undefined {
  const control = el.matches(PROPERTIES.control) ? el : el.querySelector(PROPERTIES.control);
  return shownValue(control ? controlValue(control) : valueText(el));
}

/** As the page's text is read (pageText): an owner typed into a field is the one the feed names. */
function controlValue(control: Element): string {
  if (control.tagName === 'SELECT') return textOf(selectedOption(control));
  const live = (control as HTMLInputElement).value;
  if (typeof live === 'string' && live) return pageText(live);
  return control.hasAttribute('value') ? attributeText(control, 'value') : textOf(control);
}

/**
 * The option a select shows: its live selection first (React sets `select.value` and never writes
 * the `selected` attribute), else the attribute's default, else the first option as a browser shows.
 */
function selectedOption(control: Element): Element | null {
  const live = (control as HTMLSelectElement).selectedOptions?.[0];
  if (live) return live;
  return control.querySelector('option[selected]') ?? control.querySelector('option');
}

/** "1,234" → 1234; anything else that is not a whole non-negative number → undefined. */
export function parseCount(text: string | undefined): number | undefined {
  const digits = text?.replace(/[,\s\u00a0\u202f]/g, '');
  return digits && /^\d+$/.test(digits) ? Number(digits) : undefined;
}
