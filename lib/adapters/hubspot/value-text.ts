import { fold } from '../../locale/fold';
import { hidesItself, spacedText } from '../dom';
import { clipsItself } from './visually-hidden';
import { EVERY_LANGUAGE } from './words';

/**
 * The row's own controls inside a value block: a "Details" button, an icon button whose only text
 * is for screen readers ("Copy"). A link is no control here: an email or owner link is the value.
 */
const CONTROL = 'button, [role="button"]';

/**
 * The text a user reads as the value in the element beside a property's label: without the row's
 * controls, decoration the page hides (`aria-hidden` avatar initials) and clipped screen-reader
 * text, a space between separate texts ("Alex Morgan", never "AMAlex MorganDetails"). The block
 * itself is read whatever it is: a value drawn as a button is still the value, and so is a lone
 * control's text when nothing else is shown ("Alex Morgan ▾", a dropdown to change the owner),
 * unless it is a control's own label ("Details" in an empty row).
 */
export function valueText(block: Element | null | undefined): string {
  const shown = spacedText(block, (part) => part.matches(CONTROL) || hidesItself(part) || clipsItself(part));
  if (shown || !block) return shown;
  const controls = block.querySelectorAll(CONTROL);
  if (controls.length !== 1) return '';
  const text = spacedText(controls[0], (part) => hidesItself(part) || clipsItself(part));
  return isControlLabel(text) ? '' : text;
}

function isControlLabel(text: string): boolean {
  const folded = fold(text).trim();
  return EVERY_LANGUAGE.some((w) => w.controls.test(folded));
}
