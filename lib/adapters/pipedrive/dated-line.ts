import { allVisible } from '../dom';
import type { PageClock } from '../types';
import { dateInLine } from './item-date';
import { piecesText } from './line-pieces';
import { isBlock, lineText } from './lines';
import type { PageLanguage } from './page-locale';

/** The line shows a date: a `time[datetime]` in its own part, or a segment that reads as one, read or reported. */
export function isDated(line: Element, clock: PageClock, language: PageLanguage): boolean {
  if (allVisible(line, 'time[datetime]').some((time) => inLineOwnPart(time, line))) return true;
  // Whether a line is dated does not hang on the year a day without one is placed in.
  const dated = (text: string) => {
    const date = dateInLine(text, clock, language, 'past');
    return date?.timestamp !== undefined || date?.unread !== undefined;
  };
  // A meta line whose separators CSS draws reads as a date only piece by piece (line-pieces.ts).
  return dated(lineText(line)) || dated(piecesText(line));
}

/**
 * A line with block children (a section whose title is a plain span, or with a button below its
 * list) owns only its inline part: a date inside one of its blocks is another line's, and read
 * as the section's it would make the whole section one entry.
 */
function inLineOwnPart(el: Element, line: Element): boolean {
  for (let node = el.parentElement; node && node !== line; node = node.parentElement) if (isBlock(node)) return false;
  return true;
}
