import { fold } from '../../locale/fold';
import { follows, textOf } from '../dom';
import { isSystemSentence, isTypeWord } from './classify-activity';
import { saidLeaves } from './item-text';
import type { HubSpotWords } from './words/types';

/**
 * The type word an item shows in a row of its own above its header line, where that line holds
 * none: HubSpot's older contact record draws a card's type ("Logged call", "Email", "Meeting")
 * beside its action buttons, with the date on the row below (review gen53; no public source shows
 * that markup, crm-pages.md: "read them from the item's header text"). So no class name is needed:
 * the card's texts before its header line, its controls' labels ("Actions", "Pin") and its title
 * left out, when they are a type word of the page's wording and nothing else, and the header line
 * is no record event's sentence. A form's name ("Call me back request"), a field row ("Call owner:
 * …") or an "Email" property above a lifecycle change never makes a touch (review regress53b).
 * Only the card's top is read: a word in its body ("I'll call you") never decides the type.
 */
export function typeRowAbove(
  card: Element,
  line: Element,
  lineText: string,
  drop: readonly string[],
  words: readonly HubSpotWords[],
): string | undefined {
  if (namesAType(lineText, words) || isSystemSentence([fold(lineText)], words)) return undefined;
  const above = saidLeaves(card)
    .filter((leaf) => !line.contains(leaf) && !follows(leaf, line))
    .map(textOf)
    .filter((text) => !drop.includes(text));
  const row = above.join(' ');
  return row && isTypeWord(row, words) ? row : undefined;
}

/** The header line names a type somewhere ("Alex Morgan logged a call"): it says what the item is. */
function namesAType(text: string, words: readonly HubSpotWords[]): boolean {
  const t = fold(text);
  return words.some((w) => [...w.leadingTypes, ...w.anywhereTypes].some(([pattern]) => pattern.test(t)));
}
