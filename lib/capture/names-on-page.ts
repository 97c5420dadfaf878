import {
  ADDRESS_LABELS,
  type CrmParts,
  NAME_LIST_SEPARATOR,
  NAME_PARTICLES,
  NAMING_SENTENCES,
  PERSON_LABELS,
} from './crm-parts';
import { deepQueryAll, deepTexts } from './deep-query';
import { cleanText, labelledValues } from './labelled-values';

/**
 * People the page names that the adapter's reading may not: the text of every person link, the
 * values of person fields and table columns (a record list's "Owner", a meeting's "Attendees", an
 * email's "Cc: …"), and the people of sentences such as "Casey Nguyen sent an email to Sam Patel
 * and Maria Gomez". Open shadow roots included.
 */
export function namesOnPage(doc: Document, parts: CrmParts, leftOut: ReadonlySet<Element>): string[] {
  const names: string[] = [];
  const outside = [...leftOut];
  const keep = (node: Node) => !outside.some((el) => el.contains(node));
  for (const link of deepQueryAll(doc, parts.personLinks)) {
    if (keep(link)) names.push(cleanText(link.textContent));
  }
  for (const label of deepQueryAll(doc, 'th, dt, label, span, div, p')) {
    if (label.childElementCount > 0 || !isPersonLabel(cleanText(label.textContent)) || !keep(label)) continue;
    names.push(...labelledValues(label).flatMap(peopleIn));
  }
  for (const text of deepTexts(doc)) {
    const value = text.nodeValue ?? '';
    if (value.trim().length < 5 || !keep(text)) continue;
    const labelled = value.match(LABELLED_LINE);
    if (labelled && isPersonLabel(`${labelled[1]}:`)) names.push(...peopleIn(labelled[2] ?? ''));
    for (const sentence of NAMING_SENTENCES) {
      const list = sentence.exec(value)?.[1];
      if (list) names.push(...list.split(NAME_LIST_SEPARATOR));
    }
  }
  return names.filter((name) => name !== '');
}

/** "Cc: Sam Patel, Maria Gomez" in one text. */
const LABELLED_LINE = /^\s*([\p{L} ]{1,30}?)\s*:\s*(.+)$/u;

/** "Owner", "Attendees:"; "To" and "De" only with their colon, being everyday words too. */
function isPersonLabel(text: string): boolean {
  const label = text.toLowerCase();
  const bare = label.replace(/\s*:$/, '');
  return PERSON_LABELS.has(label) || (bare !== label && (PERSON_LABELS.has(bare) || ADDRESS_LABELS.has(bare)));
}

/** The names in a person field's value: "Jordan Lee, Maria Gomez", "Sam Patel <sam@…>". */
function peopleIn(value: string): string[] {
  return value
    .replace(/<[^>]*>|\([^)]*\)/g, ' ')
    .split(NAME_LIST_SEPARATOR)
    .map(cleanText)
    .filter((name) => PERSON_NAME.test(name));
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/**
 * One to four capitalised words, particles between ("Jan van Dijk"): a label's value may also be
 * a date, "You, Nov 3", or a whole section.
 */
const PERSON_NAME = new RegExp(
  String.raw`^${NAME_WORD}(?:\s+(?:(?:${[...NAME_PARTICLES].join('|')})\s+)*${NAME_WORD}){0,3}$`,
  'u',
);
