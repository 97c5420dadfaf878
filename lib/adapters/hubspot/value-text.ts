import { fold } from '../../locale/fold';
import { hidesItself } from '../dom';
import { clipsItself } from './visually-hidden';
import { EVERY_LANGUAGE } from './words';

/**
 * The row's own controls inside a value block: a "Details" button, an icon button whose only text
 * is for screen readers ("Copy"). A link is no control here: an email or owner link is the value.
 */
const CONTROL = 'button, [role="button"]';

/**
 * Elements drawn within a line of text: their texts run on as the page shows them ("lena@<wbr>
 * northwind.example", "12.500<span>,00</span> €"); any other element's text stands apart.
 */
const INLINE = new Set(
  'A ABBR B BDI BDO CITE CODE DATA EM I KBD MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR'.split(' '),
);

type LeaveOut = (part: Element) => boolean;

/**
 * The text a user reads as the value in the element beside a property's label: without the row's
 * controls, decoration the page hides (`aria-hidden` avatar initials) and clipped screen-reader
 * text, separate blocks spaced ("Sales Pipeline Closed won", never "AMAlex MorganDetails"). The
 * block itself is read whatever it is: a value drawn as a button is still the value, and so is a
 * lone control's text when nothing else is shown ("Alex Morgan ▾", a dropdown to change the
 * owner), unless it is a control's own label ("Details" in an empty row).
 */
export function valueText(block: Element | null | undefined): string {
  if (!block) return '';
  const shown = textAsShown(block, (part) => part.matches(CONTROL) || hidesItself(part) || clipsItself(part));
  if (shown) return shown;
  const [only, ...more] = Array.from(block.querySelectorAll(CONTROL));
  if (!only || more.length > 0) return '';
  const text = textAsShown(only, (part) => hidesItself(part) || clipsItself(part));
  return isControlLabel(text) ? '' : text;
}

function textAsShown(root: Element, leaveOut: LeaveOut): string {
  return collect(root, leaveOut).replace(/\s+/g, ' ').trim();
}

function collect(el: Element, leaveOut: LeaveOut): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !leaveOut(node as Element)) {
      const inner = collect(node as Element, leaveOut);
      text += INLINE.has((node as Element).tagName) ? inner : ` ${inner} `;
    }
  }
  return text;
}

function isControlLabel(text: string): boolean {
  const folded = fold(text).trim();
  return EVERY_LANGUAGE.some((w) => w.controls.test(folded));
}
