import { propertyValue } from './properties';
import type { ReadingContext } from './reading-context';
import { labelsOf } from './words/index';

/** One email address (letters of any script, a dotted domain). */
export const ADDRESS = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

/**
 * The contact's email address by its "Email" property. The label-text fallback also finds the
 * word "Email" elsewhere (an email item's header split into "Email" | "sent by …"): only a text
 * holding an address is the contact's email, else it was not read.
 */
export function contactEmail(root: Element, context: ReadingContext): string | undefined {
  return propertyValue(root, labelsOf(context.words, 'email'), context.labels, (text) => text.match(ADDRESS)?.[0]);
}
