import { allVisible, attributeText, firstVisible, spacedText, textOf } from '../dom';
import type { ItemText } from './classify-activity';
import { isFieldLabel } from './field-label';
import { loggedMailHeader } from './logged-mail-header';
import { SEL } from './selectors';
import { standardIcons } from './standard-icons';
import { activityLinkOf, headerLine, isRelatedRow, leafTexts, personLinkOf } from './structure';
import { isOneOf, labelsOf, type SalesforceWords, saysAny } from './words';

/** An item's parts as the page shows them, each from its precise element or from structure. */
export interface ItemParts extends ItemText {
  subjectEl?: Element;
  /** Texts of the header line beside the subject, then of the rest of the item (date candidates). */
  headerTexts: string[];
  bodyTexts: string[];
  /** The header line and the whole item as text, for a date inside longer wording. */
  headerText: string;
  bodyText: string;
  dateText: string;
  sourceId?: string;
  /** The object the item's record link names ("Task", "Event", "EmailMessage"), where it names one. */
  object?: string;
}

/**
 * What an item says, precise classes first, then links, attributes and wording. Items are read
 * without walking shadow roots: Lightning renders the timeline with synthetic shadow (plain DOM).
 */
export function itemParts(item: Element, words: readonly SalesforceWords[]): ItemParts {
  const subjectEl = firstVisible(item, SEL.subject) ?? activityLink(item) ?? titledLink(item);
  const link = activityLinkOf(subjectEl) ?? activityLinkOf(activityLink(item));
  const details = detailsOf(item, subjectEl);
  const summaryEl = summaryOf(item, details, subjectEl, words);
  const header = subjectEl ? headerLine(subjectEl, item) : undefined;
  const notSubject = (leaf: Element) => !!subjectEl && (leaf === subjectEl || subjectEl.contains(leaf));
  const subjectText = subjectEl ? spacedText(subjectEl) || '\u0000' : '\u0000';
  const datetime = item.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  const elements = [item, ...Array.from(item.querySelectorAll('*'))];
  const ownElements = elements.filter((el) => !isDetailValue(el, details));
  const carriers = carrierTexts(elements);
  const icons = standardIcons(elements);
  const bodyTexts = leafTexts(item, (leaf) => notSubject(leaf) || !!summaryEl?.contains(leaf));
  // The item's own carriers before its details' values: a Task's "Type" picklist showing "Meeting"
  // names what the task was about, while its icon and assistive text say "Task". Field labels in
  // neither: a tile's "Task:" label names the activity lists' checkbox field, on Events too.
  const unlabelled = (el: Element) => !isFieldLabel(el);
  const kindCarriers = [carrierTexts(ownElements.filter(unlabelled)), carrierTexts(elements.filter(unlabelled))];
  return {
    kind: eventOrTask(kindOf(item, elements, kindCarriers, icons, link?.object, words), link?.object),
    icons,
    assistive: textOf(item.querySelector(SEL.assistiveText)),
    subject: attributeText(subjectEl, 'title') || textOf(subjectEl),
    summary: textOf(summaryEl),
    all: spacedText(item),
    ...(subjectEl ? { subjectEl } : {}),
    headerTexts: header ? leafTexts(header, notSubject) : [],
    headerText: header ? spacedText(header).replace(subjectText, ' ') : '',
    bodyText: spacedText(item).replace(subjectText, ' '),
    bodyTexts,
    values: bodyTexts,
    dateText: textOf(firstVisible(item, SEL.itemDate)) || datetime,
    // Rows the page prints for the email come before the header its logged Description opens with.
    ...loggedMailHeader(item, summaryEl, words),
    ...emailRows(item, words),
    ...callResultOf(item, words),
    linkedPeople: Array.from(item.querySelectorAll(SEL.recordLink))
      .filter((a) => personLinkOf(a))
      .map((a) => textOf(a))
      .filter(Boolean),
    ...(link ? { sourceId: link.id } : {}),
    ...(link?.object ? { object: link.object } : {}),
    ...(marksAutomation(carriers, icons, words) ? { automation: true } : {}),
    ...(isRelatedRow(item) ? { listRow: true as const } : {}),
  };
}

/** Texts that name what an item is: icons' `title`, `aria-label` and `alt`, and leaf texts, outside links. */
function carrierTexts(elements: readonly Element[]): string[] {
  return elements.flatMap((el) => {
    if (el.tagName === 'A') return [];
    const attrs = ['title', 'aria-label', 'alt'].map((a) => el.getAttribute(a) ?? '');
    return (el.children.length === 0 ? [...attrs, textOf(el)] : attrs).filter(Boolean);
  });
}

/**
 * A value of the item's expanded details: inside them (their SLDS class), or, without classes, a
 * leaf beside its label (`<span>Type</span><span>Meeting</span>`, a `dd`): a field of the record,
 * never what the item is.
 */
function isDetailValue(el: Element, details: Element | undefined): boolean {
  if (details?.contains(el) || el.closest('dd')) return true;
  const label = el.previousElementSibling;
  return el.children.length === 0 && !!label && label.children.length === 0 && textOf(label) !== '';
}

/**
 * A List Email's icon (SLDS `standard:list_email`, in no language) or its words on the icon or in
 * assistive text, or a detail labelled "Cadence" (words' `automation`).
 */
function marksAutomation(
  carriers: readonly string[],
  icons: readonly string[],
  words: readonly SalesforceWords[],
): boolean {
  if (icons.includes('list_email')) return true;
  const marks = words.flatMap((w) => w.automation);
  return carriers.some((t) => isOneOf(t.replace(/\s*:$/, ''), marks));
}

function activityLink(item: Element): Element | undefined {
  return Array.from(item.querySelectorAll('a[href]')).find((a) => activityLinkOf(a));
}

/**
 * The subject of an entry that links to no record (an email Einstein Activity Capture syncs opens
 * a preview), without its class: a link whose `title` is its own text, as Lightning's subject link
 * is (crm-evidence-2.md: `title` = subject). A person's link in the sentence is no subject.
 */
function titledLink(item: Element): Element | undefined {
  return Array.from(item.querySelectorAll('a[title]')).find((a) => {
    const title = attributeText(a, 'title');
    return title !== '' && title === textOf(a) && !personLinkOf(a);
  });
}

/**
 * The linked record's object over what a carrier says, Event against Task: an Event is a meeting
 * whatever a value of its own says (its "Type" picklist, a "Task: False" tile row), and a Task is
 * never a meeting (crm-evidence-2.md: logged calls and emails are Tasks, meetings Events); a Task's
 * carriers still tell a logged call or email from a plain Task.
 */
function eventOrTask(kind: string, object: string | undefined): string {
  if (object === 'Event') return 'event';
  if (object === 'Task' && (kind === 'event' || kind === 'meeting')) return 'task';
  return kind;
}

/**
 * The type from every carrier, most specific first: the SLDS class modifier, a type word on an
 * icon (`title`, `aria-label`, `alt`) or in assistive text (a logged call is a Task whose icon
 * says Call), the item's own carriers before its details' values (`carriers`, in that order),
 * the icon itself, in no language (`standardIcons`: `log_a_call`, `list_email`), Lightning's
 * class token (`li.row.Event`), then the linked record's object.
 */
function kindOf(
  item: Element,
  elements: readonly Element[],
  carriers: readonly (readonly string[])[],
  icons: readonly string[],
  object: string | undefined,
  words: readonly SalesforceWords[],
): string {
  const modifier = elements
    .flatMap((el) => Array.from(el.classList))
    .map((cls) => cls.match(/^slds-timeline__item_(call|email|event|task|meeting)$/)?.[1])
    .find(Boolean);
  if (modifier) return modifier;
  for (const tier of carriers) {
    for (const key of ['call', 'email', 'meeting', 'task'] as const) {
      const typeWords = words.flatMap((w) => w.typeWords[key]);
      if (tier.some((c) => isOneOf(c, typeWords))) return key;
    }
  }
  const icon = icons.map((name) => ICON_KINDS.get(name)).find(Boolean);
  if (icon) return icon;
  const token = Array.from(item.classList).find((c) => (SEL.itemTypeTokens as readonly string[]).includes(c));
  return (token ?? object ?? '').toLowerCase();
}

/** SLDS standard icons that name an activity's kind; a List Email is an email. */
const ICON_KINDS = new Map([
  ['log_a_call', 'call'],
  ['email', 'email'],
  ['list_email', 'email'],
  ['event', 'event'],
  ['task', 'task'],
]);

/**
 * The expanded details below the item's header. A bare `<article>` that holds the subject wraps
 * the whole item (some markup generations), so it is the item itself, not its details.
 */
function detailsOf(item: Element, subjectEl: Element | undefined): Element | undefined {
  return allVisible(item, SEL.itemDetails).find((el) => !subjectEl || !el.contains(subjectEl));
}

/**
 * The summary sentence: its Lightning class, else the first element below the subject that words a
 * sentence and holds no other such element. Lightning prints the sentence first, a task's
 * description after it (crm-evidence-2.md: subject, then the body with its sentence); the description
 * is free text that may hold a tense phrase ("She had a question …"), so neither the shortest
 * wording nor the subject's line is the sentence.
 */
function summaryOf(
  item: Element,
  details: Element | undefined,
  subjectEl: Element | undefined,
  words: readonly SalesforceWords[],
): Element | undefined {
  const precise = firstVisible(item, SEL.summary);
  if (precise) return precise;
  const phrases = words.flatMap((w) => [
    ...w.sentenceType.call,
    ...w.sentenceType.email,
    ...w.sentenceType.meeting,
    ...w.upcoming,
    ...w.overdueSentence,
    ...w.done,
  ]);
  const bySubject = (el: Element) => !!subjectEl && (el.contains(subjectEl) || subjectEl.contains(el));
  const sentences = Array.from(item.querySelectorAll('p, div, span')).filter(
    (el) => !details?.contains(el) && !bySubject(el) && saysAny(textOf(el), phrases),
  );
  return sentences.find((el) => !sentences.some((other) => other !== el && el.contains(other)));
}

/**
 * An email's sender and recipients from its rows, in the page's language: "From:" / "To:" with the
 * value beside the label or after it in the same element, else the design system's blueprint rows
 * labelled "From Address" / "To Address" (crm-evidence-2.md, SLDS Activity Timeline, trust A), no
 * colon, the value in the label's sibling element. A bare "From" or "To" without its colon is any
 * word of the item, no row.
 */
function emailRows(item: Element, words: readonly SalesforceWords[]): { from?: string; to?: string } {
  const rows: { from?: string; to?: string } = {};
  const leaves = Array.from(item.querySelectorAll('*')).filter((el) => el.children.length === 0);
  const labelled = (labels: readonly string[]) => (el: Element) => isOneOf(textOf(el).replace(/\s*:$/, ''), labels);
  for (const [key, colonLabels, addressLabels] of [
    ['from', words.flatMap((w) => w.from), labelsOf(words, 'fromAddress')],
    ['to', words.flatMap((w) => w.to), labelsOf(words, 'toAddress')],
  ] as const) {
    const label = leaves.find((el) => labelled(colonLabels)(el) && /:\s*$/.test(textOf(el)));
    const besideColon =
      textOf(label?.nextElementSibling) || textOf(label?.parentElement).replace(textOf(label), '').trim();
    const value = besideColon || textOf(leaves.find(labelled(addressLabels))?.nextElementSibling);
    if (value) rows[key] = value;
  }
  return rows;
}

/** The value beside a "Call Result" detail label (`dt`/`dd` or label and value side by side), in the page's language. */
function callResultOf(item: Element, words: readonly SalesforceWords[]): { callResult?: string } {
  const labels = labelsOf(words, 'callResult');
  const label = Array.from(item.querySelectorAll('*')).find(
    (el) => el.children.length === 0 && isOneOf(textOf(el).replace(/\s*:$/, ''), labels),
  );
  const value = textOf(label?.nextElementSibling);
  return value ? { callResult: value } : {};
}
