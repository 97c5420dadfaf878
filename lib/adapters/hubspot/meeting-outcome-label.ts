import type { Outcome } from '../../schema/activity';
import type { HubSpotWords } from './words/types';

/**
 * A part of a folded header after its type's dash that is HubSpot's label of what came of a
 * meeting ("Meeting - Cancelled", "Riunione - Annullata con …", "Meeting - No show · …"): the label
 * opens it and nothing but who follows, after a separator or the table's word before a person
 * ("with", "by", "con"). A title opening with an outcome's word goes on otherwise ("Rescheduled
 * delivery plan"): a person's words, no outcome.
 */
export function meetingOutcomeLabel(part: string, words: readonly HubSpotWords[]): Outcome | undefined {
  const text = part.trim();
  for (const w of words)
    for (const [pattern, outcome] of w.meetingOutcomes) {
      const found = pattern.exec(text);
      if (found?.index === 0 && onlyWhoAfter(text.slice(found[0].length), w)) return outcome;
    }
  return undefined;
}

/** Nothing, punctuation, or a separator or a word before a person opening what follows the label. */
function onlyWhoAfter(rest: string, w: HubSpotWords): boolean {
  const after = rest.trim();
  if (/^[^\p{L}\p{N}]*$/u.test(after) || /^[·|•(]/u.test(after)) return true;
  return [...w.from, ...w.to, ...w.by].some((word) => after === word || after.startsWith(`${word} `));
}
