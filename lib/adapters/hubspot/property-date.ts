import { textsAroundDate } from './item-text';
import { normaliseLabel } from './label-index';
import { isControlLabel, labelsOf } from './words';
import type { HubSpotWords, PropertyLabels } from './words/types';

/**
 * Properties whose value is a date, and only these: other labels may be all an item's header says
 * before its date ("Email | Nov 18, 2026").
 */
const DATE_PROPERTIES: readonly (keyof PropertyLabels)[] = ['createDate', 'closeDate', 'lastContacted'];

/**
 * The date line is a date property's value: the row around it shows that property's label, in the
 * page's wording, before it ("Close date: Dec 15, 2026" on a deal's card, "Create date" in the
 * sidebar, "Date entered Proposal") and nothing after it but a control's label ("Details"). An
 * item's date line follows its header instead ("Logged call"), which no date property is labelled by.
 */
export function isPropertyDate(date: Element, root: Element, words: readonly HubSpotWords[]): boolean {
  for (let row = date.parentElement; row && row !== root; row = row.parentElement) {
    const { before, after } = textsAroundDate(row, date);
    if (before.length === 0 && after.length === 0) continue;
    const [label] = before;
    return (
      before.length === 1 &&
      label !== undefined &&
      labelsDate(label, words) &&
      after.every((text) => isControlLabel(text, words))
    );
  }
  return false;
}

/** A date property's label ("Create date", "Abschlussdatum:"), a trailing colon allowed. */
function labelsDate(text: string, words: readonly HubSpotWords[]): boolean {
  const label = normaliseLabel(text);
  if (words.some((w) => w.dateEntered.test(label))) return true;
  return DATE_PROPERTIES.some((field) => labelsOf(words, field).some((known) => normaliseLabel(known) === label));
}
