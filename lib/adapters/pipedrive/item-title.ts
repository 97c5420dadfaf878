import { allVisible, textOf } from '../dom';
import type { ItemDate } from './item-date';
import { itemPart, itemParts } from './item-parts';
import { type Chunk, chunksOf, linesOf, lineText } from './lines';
import { mailLineList } from './mail-lines';
import type { ChangeRow } from './read-timeline';
import { SELECTORS } from './selectors';
import { isSubjectButton } from './subject-button';
import { afterLabel, isWord } from './text-match';
import { isTimeAlone } from './time-alone';
import { CHECKBOX, changeRowIn, iconLabels, typeWords } from './type-signals';
import type { Wording } from './wording';

const MAX_TITLE = 120;
/** Links that name who or what an item is about, never its subject. */
export const RELATED_LINK = 'a[href*="/person/"], a[href*="/organization/"], a[href*="/deal/"], a[href^="mailto:"]';

/**
 * Links to the item itself, which name it: its activity's page (`/activities/{id}`), its mail's
 * thread (`/mail/thread/{id}`, or elsewhere in the mail), its note (`/notes/{id}`, a guess) — the
 * href shapes the reader keys items by (sourceIdOf, threadIdOf). A link to a recording, a file or
 * another record says what it leads to ("Play recording", "proposal.pdf"), never what the item was.
 */
const OWN_LINK = `${SELECTORS.activityLink}, a[href*="/mail/"], a[href*="/notes/"]`;

/** A changelog row from its field/old/new elements, else from its wording ("Stage: A → B"). */
export function changeOf(item: Element, kind: string, words: Wording): ChangeRow | null {
  if (kind !== 'change') return null;
  const field = textOf(itemPart(item, SELECTORS.changeField));
  const to = textOf(itemPart(item, SELECTORS.changeNew));
  if (field && to) return { field, from: textOf(itemPart(item, SELECTORS.changeOld)), to };
  return changeRowIn(item, words) ?? null;
}

/**
 * The item's title: a change as "Field: old → new"; the subject element; else the first piece of
 * text that is not a type or status word, the date, its owner, a related link, a From/To line or a
 * control (a subject drawn as a link-styled button is none: subject-button.ts). Never a made-up
 * word such as "Activity": without any text the kind stands in.
 */
export function titleOf(
  item: Element,
  kind: string,
  date: ItemDate,
  words: Wording,
  isGroupHeader: (text: string) => boolean = () => false,
): string {
  const change = changeOf(item, kind, words);
  if (change) return `${change.field}: ${change.from ? `${change.from} → ` : ''}${change.to}`;
  // A lone entry of its group may be found with the group's heading ("November 2026", an h3), which
  // names no subject; a link to the item may ("November 2026", a monthly update's subject).
  const heading = headingOf(isGroupHeader);
  const ownPart = (selector: string) =>
    itemParts(item)
      .filter((el) => el.matches(selector) && textOf(el) && !heading(el, textOf(el)))
      .map(textOf)[0] ?? '';
  const subject = ownPart(SELECTORS.itemSubject) || ownPart(SELECTORS.itemBody);
  return clip(subject || structuralSubject(item, kind, date, words, heading) || kind);
}

/** A group's heading found with a lone entry: a header's text outside any link. */
function headingOf(isGroupHeader: (text: string) => boolean): (el: Element, text: string) => boolean {
  return (el, text) => !el.closest('a') && isGroupHeader(text);
}

/**
 * The item's own link (`/activities/{id}`) is its subject, even when that is only the type's name
 * ("Call", what Pipedrive proposes): otherwise the note shown under it would stand in, and a call's
 * direction is read from its subject, never from the rep's prose. So is an activity's header line
 * showing only the type's name: skipped as a type word, the owner's name below it would stand in
 * on an item whose date (which tells the owner) is not shown. Other pieces are tried after them.
 */
function structuralSubject(
  item: Element,
  kind: string,
  date: ItemDate,
  words: Wording,
  heading: (el: Element, text: string) => boolean,
): string | undefined {
  const own = allVisible(item, SELECTORS.activityLink).find((a) => !a.closest(SELECTORS.activityNote) && textOf(a));
  if (own) return textOf(own);
  const header = kind === 'activity' ? linesOf(item)[0] : undefined;
  const headerText = header ? lineText(header) : '';
  if (header && !header.closest(SELECTORS.activityNote) && isWord(headerText, Object.values(words.types).flat()))
    return headerText;
  const skip = [
    ...typeWords(words),
    ...iconLabels(item),
    ...words.done,
    ...words.planned,
    ...words.received,
    ...words.sent,
  ];
  const owner = date.after?.[0];
  const mailLabels = [...words.from, ...words.to];
  const mail = mailLineList(item, words);
  const titleLike = ({ el, text }: Chunk): boolean =>
    !el.closest(`${RELATED_LINK}, ${CHECKBOX}, ${SELECTORS.activityNote}`) &&
    !isWord(text, skip) &&
    !(date.dateText && text.includes(date.dateText)) &&
    // An entry under its day's header shows its time alone (day-header.ts): part of its date, no subject.
    !isTimeAlone(text) &&
    !heading(el, text) &&
    text !== owner &&
    afterLabel(text, mailLabels) === undefined &&
    !isWord(text, mailLabels) &&
    !mail.some((line) => line.values.some((value) => value.contains(el))) &&
    /[\p{L}\p{N}]/u.test(text.replace(/[·•|]/g, ''));
  const chunks = chunksOf(item);
  const isSubject = (piece: Chunk): boolean => {
    const button = piece.el.closest('button');
    if (!button) return true;
    const after = chunks.slice(chunks.indexOf(piece) + 1);
    return isSubjectButton(button, { item, after, titleLike }, words);
  };
  // The subject is usually the item's own link (`/activities/{id}`); a custom type's label is not,
  // nor is a link to what the item holds ("Play recording" on a Caller log) or to another record.
  const linked = chunks.filter((c) => c.el.matches(OWN_LINK));
  return [...linked, ...chunks].find((c) => titleLike(c) && isSubject(c))?.text;
}

function clip(text: string): string {
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
}

/**
 * Pipedrive's activities, notes, mail messages and changes have separate id spaces: prefix the
 * kind. The id from `data-id` (demo look-alike), else from the item's own link (`/activities/{id}`,
 * `/notes/{id}`: Pipedrive's URL shapes, guess for notes). A mail message's link is its thread's
 * (`/mail/thread/{id}`), which every message of the thread shares: no message id, so a reply is
 * never taken for the mail it answers.
 */
export function sourceIdOf(item: Element, kind: string): string | undefined {
  const id =
    item.getAttribute('data-id') ??
    item.getAttribute('data-activity-id') ??
    item.getAttribute('data-note-id') ??
    linkedId(item);
  return id ? `${kind || 'activity'}:${id}` : undefined;
}

function linkedId(item: Element, shape = /\/(?:activities|notes)\/(\d+)(?:[/?#]|$)/): string | null {
  for (const a of Array.from(item.querySelectorAll('a[href]'))) {
    const m = (a.getAttribute('href') ?? '').match(shape);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** The mail thread a message's link names: not the message's id, but two look-alikes in two threads are two messages. */
export function threadIdOf(item: Element): string | undefined {
  return linkedId(item, /\/mail\/thread\/(\d+)(?:[/?#]|$)/) ?? undefined;
}
