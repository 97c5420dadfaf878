import { fold } from '../../locale/fold';
import { ariaName, hidesItself, pageText } from '../dom';
import { clipsItself } from './visually-hidden';
import { EVERY_LANGUAGE, isControlLabel, isValueLikeControl } from './words';

/**
 * The row's own controls inside a value block: a "Details" button, an icon button whose only text
 * is for screen readers ("Copy"). A link is no control here: an email or owner link is the value.
 */
const CONTROL = 'button, [role="button"]';

/**
 * Elements drawn within a line of text: where one meets the text beside it at a sign
 * ("lena@<wbr>northwind.example", "<mark>lena</mark>@…", "12.500<span>,00</span> €") the text
 * runs on as the page shows it; between two words or numbers ("<span>Alex</span><span>Morgan</span>",
 * a date and its time), which only the page's style keeps apart, a space stands. Any other
 * element's text stands apart.
 */
const INLINE = new Set(
  'A ABBR B BDI BDO CITE CODE DATA EM I KBD MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR'.split(' '),
);

/** A letter or digit: two of them meeting across an element's edge are two words. */
const WORD_EDGE = /[\p{L}\p{N}]/u;

type LeaveOut = (part: Element) => boolean;

/**
 * A control that shows a choice made (a dropdown, a combobox): its text is a value, whatever the
 * word ("Open", a lead status) or the name it is given ("Edit lead status").
 */
const SHOWS_CHOICE = '[aria-haspopup]:not([aria-haspopup="false"]), [role="combobox"]';

/**
 * The text a user reads as the value in the element beside a property's label: without the row's
 * controls, decoration the page hides (`aria-hidden` avatar initials) and clipped screen-reader
 * text, separate blocks spaced ("Sales Pipeline Closed won", never "AMAlex MorganDetails"). The
 * block itself is read whatever it is: a value drawn as a button is still the value, and so is a
 * control's text when nothing else is shown and it is the one control showing a value ("Alex Morgan
 * ▾", a dropdown to change the owner, beside an icon button whose only text is clipped "Copy";
 * HubSpot's editable lead status "Open" as a plain button beside an edit icon). A control named by
 * an action ("Details" in an empty row, a "✎" named "Edit") shows none; a dropdown's text is its choice.
 */
export function valueText(block: Element | null | undefined): string {
  if (!block) return '';
  const shown = textAsShown(block, (part) => part.matches(CONTROL) || hidesItself(part) || clipsItself(part));
  if (shown) return shown;
  const values = outerControls(block)
    .map((control) => ({ control, text: textAsShown(control, (part) => hidesItself(part) || clipsItself(part)) }))
    .filter(({ control, text }) => text && (control.matches(SHOWS_CHOICE) || !namesAnAction(control, text)));
  return values.length === 1 && values[0] ? values[0].text : '';
}

/**
 * The control's accessible name is an action's in one of Touchline's languages ("Edit", "Kopieren",
 * "Details"): its `aria-label` (an icon drawn as a glyph), else its text, clipped screen-reader text
 * included. A value shipped with the CRM that reads like an action (lead status "Open") is the
 * value where it is the very text the button shows; named "Open" and showing "↗", it opens.
 */
function namesAnAction(control: Element, shown: string): boolean {
  const name = accessibleName(control);
  if (!isControlLabel(name, EVERY_LANGUAGE)) return false;
  return !(fold(name).trim() === fold(shown).trim() && isValueLikeControl(shown));
}

/** What assistive technology calls the control: `aria-labelledby`, `aria-label`, its text, its `title`. */
function accessibleName(control: Element): string {
  return ariaName(control) || textAsShown(control, hidesItself) || (control.getAttribute('title') ?? '').trim();
}

/** The block's controls not inside another of its controls (a menu button's own toggle). */
function outerControls(block: Element): Element[] {
  return Array.from(block.querySelectorAll(CONTROL)).filter((control) => {
    const outer = control.parentElement?.closest(CONTROL);
    return !outer || !block.contains(outer);
  });
}

/** As pageText reads it: an owner the portal holds decomposed is the name the import composes. */
function textAsShown(root: Element, leaveOut: LeaveOut): string {
  return pageText(collect(root, leaveOut));
}

function collect(el: Element, leaveOut: LeaveOut): string {
  let text = '';
  /** The last thing added was an element's text: the next text meets it at that element's edge. */
  let atEdge = false;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      // Two text nodes of one element run on as the page draws them ("12" "K" written apart by a script).
      text = atEdge ? runOn(text, node.textContent ?? '') : text + (node.textContent ?? '');
      atEdge = false;
    } else if (node.nodeType === 1 && !leaveOut(node as Element)) {
      const part = node as Element;
      // A <wbr> is a break opportunity inside a word, never a space.
      if (part.tagName === 'WBR') continue;
      const inner = collect(part, leaveOut);
      text = INLINE.has(part.tagName) ? runOn(text, inner) : `${text} ${inner} `;
      atEdge = true;
    }
  }
  return text;
}

function runOn(before: string, after: string): string {
  const wordsMeet = WORD_EDGE.test(before.slice(-1)) && WORD_EDGE.test(after.charAt(0));
  return wordsMeet ? `${before} ${after}` : before + after;
}
