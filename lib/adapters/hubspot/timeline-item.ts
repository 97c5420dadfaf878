import { spacedText, textOf } from '../dom';
import { TIMELINE } from './selectors';
import { recordIdOfHref } from './url';

/** The raw parts of one timeline item, before classification. */
export interface ItemParts {
  header: string;
  title: string;
  /** The item's text beyond its header and title: who did what, with whom. */
  description: string;
  dateText?: string;
  owner?: string;
  icon?: string;
  isNoteCard: boolean;
  outcomeText?: string;
  directionText?: string;
  sourceId?: string;
  contactIds: string[];
  inUpcomingGroup: boolean;
  completed: boolean;
}

export function itemParts(card: Element, root: Element): ItemParts {
  const title = spacedText(card.querySelector(TIMELINE.title) ?? card.querySelector(TIMELINE.titleFallback));
  const timeEl = card.querySelector(TIMELINE.timestamp);
  const actions = card.querySelector(TIMELINE.headerActions);
  const dateText = dateTextOf(timeEl);
  const header = headerText(card, [spacedText(timeEl), spacedText(actions), title]);
  const description = without(spacedText(card), [header, title, spacedText(timeEl), spacedText(actions)]).slice(0, 300);
  const parts: ItemParts = {
    header,
    title,
    description,
    isNoteCard: card.matches(TIMELINE.noteCard) || card.querySelector(TIMELINE.noteCard) !== null,
    contactIds: contactIdsIn(card),
    inUpcomingGroup: inUpcomingGroup(card, root),
    completed: /\bcompleted\b/i.test(spacedText(card)) || card.querySelector('[aria-checked="true"]') !== null,
  };
  const optional: Partial<ItemParts> = {
    dateText,
    owner: ownerOf(header, description),
    icon: iconOf(card),
    outcomeText: cardProperty(card, /^(?:call |meeting )?(?:outcome|status)$/i),
    directionText: cardProperty(card, /^(?:call )?direction$/i),
    sourceId: idOf(actions) ?? idOf(card.querySelector(TIMELINE.pinButton)),
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(parts, { [key]: value });
  return parts;
}

/** A machine-readable `datetime` wins over the shown text; the text is kept otherwise. */
function dateTextOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  const machine = el.getAttribute('datetime') ?? el.querySelector('time[datetime]')?.getAttribute('datetime');
  return machine || textOf(el) || undefined;
}

function headerText(card: Element, drop: string[]): string {
  const el = card.querySelector(TIMELINE.header);
  if (el) return without(spacedText(el), drop);
  const firstLeaf = Array.from(card.querySelectorAll('*')).find(
    (node) => node.children.length === 0 && textOf(node) && !drop.includes(textOf(node)),
  );
  return textOf(firstLeaf);
}

function without(text: string, parts: string[]): string {
  let out = text;
  for (const part of parts) if (part) out = out.replace(part, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

function idOf(el: Element | null): string | undefined {
  const id = el?.getAttribute('data-selenium-id')?.trim();
  return id || undefined;
}

function iconOf(card: Element): string | undefined {
  const icon = card.querySelector(TIMELINE.icon);
  if (!icon) return undefined;
  return (
    icon.getAttribute('data-icon-name') || icon.getAttribute('aria-label') || icon.getAttribute('title') || undefined
  );
}

/** A "Label" / value pair inside the item ("Outcome" → "Connected"), or "Outcome: Connected" in one line. */
function cardProperty(card: Element, label: RegExp): string | undefined {
  for (const leaf of Array.from(card.querySelectorAll('*'))) {
    if (leaf.children.length > 0) continue;
    const text = textOf(leaf);
    const inline = text.match(/^([^:]{2,30}):\s*(.+)$/);
    if (inline && label.test((inline[1] as string).trim())) return inline[2];
    if (!label.test(text.replace(/:$/, ''))) continue;
    const value = textOf(leaf.nextElementSibling) || textOf(leaf.parentElement?.nextElementSibling);
    if (value) return value;
  }
  return undefined;
}

/** A person's name: two or three capitalised words (one word is too often "Contact" or "Deal"). */
const NAME = "[A-Z][\\w'.-]+(?: [A-Z][\\w'.-]+){1,2}";
const BY_NAME = new RegExp(`\\b(?:by|assigned to) (${NAME})`);
const NAME_DID = new RegExp(`^(${NAME}) (?:logged|sent|had|created|scheduled|left|made|added|moved|called|emailed)\\b`);

/** Who did it, where the text says so ("Note by Alex Morgan", "Alex Morgan logged a call"): a guess from wording. */
function ownerOf(header: string, description: string): string | undefined {
  return header.match(BY_NAME)?.[1] ?? description.match(NAME_DID)?.[1] ?? description.match(BY_NAME)?.[1];
}

function contactIdsIn(card: Element): string[] {
  const ids = Array.from(card.querySelectorAll(TIMELINE.contactLink))
    .map((a) => recordIdOfHref(a.getAttribute('href') ?? '', 'contact'))
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

/** In the "Upcoming" group: the nearest heading before the item (or its group) says "Upcoming". */
function inUpcomingGroup(card: Element, root: Element): boolean {
  if (card.closest(TIMELINE.upcomingGroup)) return true;
  for (let node: Element | null = card; node && node !== root; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.matches(TIMELINE.card) || sib.querySelector(TIMELINE.card)) continue;
      const text = textOf(sib);
      if (!text || text.length > 40) continue;
      return /^(?:upcoming|overdue)\b/i.test(text);
    }
  }
  return false;
}
