import { allVisible, attributeText, textOf } from '../dom';
import type { PageClock } from '../types';
import { isBounceNotice } from './bounce-notice';
import { type ItemFacts, kindOf } from './classify-activity';
import { sectionOf } from './feed-section';
import { itemPart, itemParts } from './item-parts';
import { threadIdOf } from './item-title';
import { chunksOf, linesOf, lineText, visibleText } from './lines';
import { inProse } from './link-in-prose';
import { directionLabels } from './mail-direction';
import { mailLines } from './mail-lines';
import { showsMailParts } from './mail-parts';
import { isMailTrackingEvent } from './mail-tracking';
import type { PageLanguage } from './page-locale';
import { SELECTORS } from './selectors';
import { senderHeads } from './sender-head';
import { stageMoveAnnounced } from './stage-move-announced';
import { hasWord, isWord } from './text-match';
import { typeNamed } from './type-named';
import { CHECKBOX, changeRowIn, iconLabels, touchNamed, typeWords } from './type-signals';
import type { Wording } from './wording';

/**
 * What an item says about itself, each fact from its precise marker first (test ids, classes of
 * the demo look-alike), then from what survives a redesign: icon labels, checkbox state,
 * strike-through, wording in the page's language, From/To lines. A mail's direction needs its
 * owner, read with its date (read-timeline.ts).
 */
export function itemFacts(item: Element, clock: PageClock, language: PageLanguage): ItemFacts {
  const { words } = language;
  const kind = itemKind(item, clock, language);
  const text = visibleText(item);
  const section = sectionOf(item, clock, language);
  return {
    kind,
    typeName: typeNameOf(item, words),
    text,
    lines: linesOf(item).map(lineText),
    chunks: chunksOf(item).map((c) => c.text),
    iconNames: iconLabels(item),
    done: doneState(item, words),
    inFocus: item.closest(SELECTORS.focusSection) !== null || section === 'focus',
    inHistory: section === 'history',
    outcomeText: textOf(itemPart(item, SELECTORS.callOutcome)),
    inbound: saysIncoming(item, words),
  };
}

/**
 * The item says it came in: its type label or icon names an incoming call ("Incoming call",
 * "Eingehender Anruf"), or a badge beside its subject or date is the word a received mail carries
 * ("Incoming", "Eingehend", "Entrant": mail-direction.ts, directionLabels), a label of its own,
 * never a word of the subject or the rep's note. Only a call's direction asks (classify-activity.ts).
 */
function saysIncoming(item: Element, words: Wording): boolean {
  const labels = [textOf(itemPart(item, SELECTORS.itemTypeLabel)), ...iconLabels(item)];
  if (labels.some((label) => hasWord(label, words.incomingCall))) return true;
  return directionLabels(item, words).some((label) => isWord(label, words.received));
}

/**
 * The kind of entry the item shows (shownKind), a mail's tracking event ("opened your email") or
 * bounce notice a change; else a changelog entry where a line of it says the stage moved ("Stage
 * changed from Qualified to Proposal" beside a decorative icon, or none), else a note: a feed
 * entry with no checkbox, activity link, type, mail lines or change is what Pipedrive shows for a note.
 */
export function itemKind(item: Element, clock: PageClock, language: PageLanguage): string {
  const { words } = language;
  const kind = shownKind(item, words);
  // "Lena Vogt opened your email", a mail server's bounce: events about a mail, no mail
  // (mail-tracking.ts, bounce-notice.ts).
  if (kind === 'email' && (isMailTrackingEvent(item, clock, language) || isBounceNotice(item, words))) return 'change';
  return kind ?? (saysStageMoved(item, words) ? 'change' : 'note');
}

/**
 * The name of the item's first icon, drawn as an image (`role="img"`, an `svg`) ahead of its text,
 * where Pipedrive shows an entry's type (crm-evidence-2.md), unless a tag's word (words.automation:
 * "Automation") names it. An avatar is none: a photo (`img`), initials shown as its text ("PR"),
 * or the name of a person the item shows ("Casey Nguyen" beside the date); nor is an image in a
 * note's or a body's text, or inside a link (a profile's logo). A note without an icon has none.
 */
function typeIconOf(item: Element, words: Wording): string | undefined {
  const icon = allVisible(item, '[role="img"], svg').find(
    (el) => !el.closest(`${SELECTORS.activityNote}, ${SELECTORS.itemBody}, a`),
  );
  const name = attributeText(icon, 'aria-label') || attributeText(icon, 'title');
  if (!icon || !name || visibleText(icon) || isWord(name, words.automation)) return undefined;
  if (chunksOf(item).some((c) => c.text === name)) return undefined;
  const text = firstText(item);
  // 4: Node.DOCUMENT_POSITION_FOLLOWING, the text comes after the icon.
  return !text || icon.compareDocumentPosition(text) & 4 ? name : undefined;
}

/** The item's first text node that shows more than blanks, in page order. */
function firstText(node: Node): Node | undefined {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 && child.textContent?.trim()) return child;
    const found = child.nodeType === 1 ? firstText(child) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * `data-item-type` (demo look-alike), change and mail elements, a mail thread link, classes, then
 * icon labels, a done toggle or the activity's own link, and wording; undefined where nothing
 * shows the kind. A synced mail links to its thread (/mail/thread/{id}) and may show an "Email"
 * icon like a logged Email activity: the link decides, else a person's reply would count as the
 * rep's email; without the link, a sent/received badge, a link into the mail or a sender's
 * address decides (mail-parts.ts). An entry linking to its activity (/activities/{id}) and showing
 * no From line is one, with or without a done toggle, whatever its type is called (a company's
 * "Site visit", a Polish "Spotkanie").
 */
export function shownKind(item: Element, words: Wording): string | undefined {
  const attr = item.getAttribute('data-item-type');
  if (attr) return attr.toLowerCase();
  if (itemPart(item, SELECTORS.changeField)) return 'change';
  if (itemPart(item, `${SELECTORS.emailDirection}, ${SELECTORS.emailFrom}`)) return 'email';
  if (threadIdOf(item) !== undefined) return 'email';
  const marked = kindOf(item.getAttribute('class') ?? '') || kindOf(textOf(itemPart(item, SELECTORS.itemTypeLabel)));
  if (marked) return marked;
  const names = [...iconLabels(item), ...chunksOf(item).map((c) => c.text)];
  if (names.some((n) => isWord(n, words.change))) return 'change';
  // The icon or type label and the done toggle come before From/To lines: a rep pastes a mail
  // into a note, or writes "From: front desk" in a call's notes, and neither is a synced mail.
  if (names.some((n) => isWord(n, words.note))) return 'note';
  if (names.some((n) => isWord(n, words.file))) return 'file';
  if (itemParts(item).some((el) => el.matches(CHECKBOX)) || names.some((n) => isWord(n, nonMailTypes(words))))
    return 'activity';
  if (names.some((n) => isWord(n, words.campaign))) return 'campaign';
  // A From line, or a message headed by its sender's name and address over a "to …" line (sender-head.ts).
  if (mailLines(item, words).from !== undefined || senderHeads(item, words).length > 0) return 'email';
  // A synced mail may link to an activity page too (the demo's do): its From line decides first.
  if (linksOwnActivity(item)) return 'activity';
  // Named "Email" by its icon alone, with no done toggle or activity link: a synced mail shown
  // without its thread link or a From label still shows its badge or sender's address. Taken for
  // the rep's logged Email, a person's reply would count as the rep's outbound mail.
  if (names.some((n) => isWord(n, words.types.email)) && showsMailParts(item, words)) return 'email';
  if (names.some((n) => isWord(n, typeWords(words)))) return 'activity';
  // An integration's entry typed by its type label or icon alone ("WhatsApp", "LinkedIn"), none of
  // the table's words: a touch of the type the name says, never a note. Only the entry's own type
  // icon: an emoji or a logo in a note's text says nothing of the entry.
  const label = textOf(itemPart(item, SELECTORS.itemTypeLabel));
  if ([label, typeIconOf(item, words) ?? ''].some((n) => touchNamed(n) !== undefined)) return 'activity';
  // A changelog row's wording ("Stage: Demo → Proposal") decides last, for an entry nothing else
  // types: a rep writes that line in a note's body, an email's subject or a call's note, and the
  // entry's icon, done toggle or link says what it is. Read first, it moved the deal's stage and
  // dropped the email or call as a touch.
  if (changeRowIn(item, words)) return 'change';
  return undefined;
}

/**
 * The item links to an activity's page as its subject: outside an activity's note, and not among
 * words of prose. A rep's note reading "see <a>Call with Jordan Costa</a>" links the call it is
 * about; read as an activity it took that call's id and replaced the call.
 */
function linksOwnActivity(item: Element): boolean {
  return allVisible(item, SELECTORS.activityLink).some((a) => !a.closest(SELECTORS.activityNote) && !inProse(a, item));
}

/** A line of the item, outside an activity's note, begins "Stage changed" (stage-move-announced.ts). */
function saysStageMoved(item: Element, words: Wording): boolean {
  return linesOf(item).some(
    (line) => !line.closest(SELECTORS.activityNote) && stageMoveAnnounced(lineText(line), words) !== undefined,
  );
}

/** Activity type names other than Email's, which a synced mail's icon may show too. */
function nonMailTypes(words: Wording): string[] {
  return Object.entries(words.types).flatMap(([key, list]) => (key === 'email' ? [] : list));
}

/**
 * The activity type: attribute, type label, icon label, then a chunk that is a type word; then a
 * type label or icon label holding one (a company's own type in the page's language, "Appel de
 * suivi", "Demo follow-up email"); then a label naming a touch by a word an integration's type holds
 * ("WhatsApp", "LinkedIn": classify-activity.ts typeOfName); English keys for known types.
 */
function typeNameOf(item: Element, words: Wording): string {
  const attr = item.getAttribute('data-activity-type');
  if (attr) return attr;
  const label = textOf(itemPart(item, SELECTORS.itemTypeLabel));
  const labels = [label, ...iconLabels(item)].filter(Boolean);
  const names = [...labels, ...chunksOf(item).map((c) => c.text)].filter(Boolean);
  return (
    typeNamed(names, [], [words]) ??
    typeNamed(names, labels, [words]) ??
    labels.find((name) => touchNamed(name) !== undefined) ??
    (label || attributeText(itemPart(item, SELECTORS.itemIcon), 'aria-label'))
  );
}

/** Checkbox state, then strike-through, then a status word ("Done", "Erledigt", "Planned"). */
function doneState(item: Element, words: Wording): boolean | undefined {
  const attr = item.getAttribute('data-done');
  if (attr) return attr === 'true';
  const box = itemPart(item, SELECTORS.itemDone) ?? itemPart(item, CHECKBOX);
  const checked = box?.getAttribute('aria-checked');
  if (checked === 'true' || checked === 'false') return checked === 'true';
  if (box?.matches('input')) return box.hasAttribute('checked');
  const toggle = toggleLabel(item, words);
  if (toggle !== undefined) return toggle;
  if (itemParts(item).some((el) => el.matches('s, del, [style*="line-through"]'))) return true;
  const chunks = chunksOf(item).map((c) => c.text);
  if (chunks.some((c) => isWord(c, words.done))) return true;
  if (chunks.some((c) => isWord(c, words.planned))) return false;
  return undefined;
}

/**
 * A done toggle drawn as an icon button, named only by its `aria-label`/`title`: "Mark as not
 * done" says the item is done, "Mark as done" that it is not (wording.ts's done/planned words).
 */
function toggleLabel(item: Element, words: Wording): boolean | undefined {
  for (const button of allVisible(item, 'button, [role="button"]')) {
    const label = button.getAttribute('aria-label') ?? button.getAttribute('title') ?? '';
    if (!label) continue;
    if (isWord(label, words.done)) return true;
    if (isWord(label, words.planned)) return false;
  }
  return undefined;
}
