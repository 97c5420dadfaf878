import { allVisible, textOf } from '../dom';
import { linesOf, lineText } from './lines';
import { mailLines } from './mail-lines';
import { senderHeads } from './sender-head';
import { hasWord } from './text-match';
import type { Wording } from './wording';

/**
 * An entry telling that a synced mail was opened or a link in it clicked ("Lena Vogt opened your
 * email <Pilot pricing>", "clicked a link in …"): it sits under the Email icon and links the
 * thread it is about, yet it is a tracking event, no mail (metrics.md counts sync events in no
 * touch figure). Known by its wording outside its links (the thread's subject may say anything),
 * and only where it shows no mail of its own: no From line, no message headed by its sender.
 * No source shows the markup (a guess); the wording is Pipedrive's feature names (wording.ts).
 */
export function isMailTrackingEvent(item: Element, words: Wording): boolean {
  if (mailLines(item, words).from !== undefined || senderHeads(item, words).length > 0) return false;
  return linesOf(item).some((line) => hasWord(textOutsideLinks(line), words.mailTracking));
}

/** The line's text without what its links say, blanks closed up. */
function textOutsideLinks(line: Element): string {
  let text = lineText(line);
  for (const link of allVisible(line, 'a')) text = text.replace(textOf(link), ' ');
  return text.replace(/\s+/g, ' ').trim();
}
