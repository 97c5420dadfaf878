import { withoutSecondaryLines } from './entry-date-lines';
import { isMailTrackingLine, isUnnamedTrackingLine } from './mail-tracking';
import type { Wording } from './wording';

/**
 * The dated lines that each stand for an entry, leaving out a synced mail's tracking lines: Sales
 * Inbox may list under the mail when it was opened or a link in it clicked ("Marek Nowak opened your
 * email · Nov 17 at 3:50 PM", "Opened 3 times · last Nov 17", mail-tracking.ts), several to one mail
 * (entry-date-lines.ts). A tracking event listed as an entry of its own beside the mail, under its
 * own icon, stays one.
 */
export function withoutTrackingLines(carriers: Element[], view: Element, words: Wording): Element[] {
  return withoutSecondaryLines(
    carriers,
    view,
    words,
    (line) => isMailTrackingLine(line, words) || isUnnamedTrackingLine(line, words),
    false,
  );
}
