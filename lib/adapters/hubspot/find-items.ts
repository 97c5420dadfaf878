import { fold } from '../../locale/fold';
import { byPageOrder } from '../dom';
import { headsAnItem, movesStage, opensWithType, showsTypeAlone } from './classify-activity';
import { dateAnchors } from './date-anchors';
import { saysMoreThanItsDateLine, textsAroundDate } from './item-text';
import type { ReadingContext } from './reading-context';
import { withSeveralDates } from './several-dates';
import { iconOf } from './timeline-item';
import { type ShapedItem, sameShape, withUndatedSiblings } from './undated-siblings';
import type { HubSpotWords } from './words/types';

/**
 * A timeline item found by its shape, and the date line that marks it; `untyped`: a line of an
 * item's shape showing no type, perhaps an item in wording Touchline does not know; `besideItems`:
 * a header opening with a type word and nothing after its date, an item only among items of its
 * shape (a call logged without notes, "Llamada registrada"), else a property row ("Meeting booked").
 */
interface FoundItem {
  item: Element;
  date: Element;
  kind: 'item' | 'untyped' | 'besideItems';
}

/** What the shape of the timeline shows: its items, and the dated lines that may be items but were not read. */
export interface ShapeReading {
  items: ShapedItem[];
  untyped: Element[];
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const NOT_A_TIMELINE = 'nav, [role="navigation"], [role="tablist"], [role="banner"]';
/**
 * An item says at least what it is, when, and something more (a title, who, a body): an item
 * saying more than its date line (item-text.ts) has these three, and so has one saying them on one line.
 */
const MIN_TEXT_PARTS = 3;

/**
 * Timeline items without a class, id or test id: each date line's largest container that holds
 * no other date line, kept when it is an item by what it says (`kindOf`) and repeats beside other
 * such items (siblings, cousins, or the groups of months beside the one it is alone in); then the
 * items beside them whose date could not be read (undated-siblings.ts).
 */
export function findItemsByShape(root: Element, title: Element | null, context: ReadingContext): ShapeReading {
  const anchors = dateAnchors(root, context).filter((a) => !a.closest(NOT_A_TIMELINE));
  const perContainer = new Map<Element, number>();
  for (const anchor of anchors)
    for (let node = anchor.parentElement; node && node !== root; node = node.parentElement)
      perContainer.set(node, (perContainer.get(node) ?? 0) + 1);
  const found: FoundItem[] = [];
  for (const date of anchors) {
    let item = date;
    while (item.parentElement && item.parentElement !== root && perContainer.get(item.parentElement) === 1)
      item = item.parentElement;
    item = withoutGroupHeading(item, date);
    if (title && item.contains(title)) continue;
    const kind = kindOf(item, date, context);
    if (kind) found.push({ item, date, kind });
  }
  const kept = repeated(
    found.filter(({ kind }) => kind !== 'besideItems'),
    root,
  );
  // An item with a date in its body too falls apart into its parts (several-dates.ts): read whole.
  const several = withSeveralDates(kept.filter(isRead), anchors, perContainer, title).flatMap(
    ({ item, date }): FoundItem[] => {
      const kind = kindOf(item, date, context);
      return kind ? [{ item, date, kind }] : [];
    },
  );
  const whole = ({ item }: FoundItem) => !several.some((other) => other.item !== item && other.item.contains(item));
  const shaped = [...kept.filter(whole), ...several];
  const read = shaped.filter(isRead);
  const besideItems = found.filter(
    (candidate) =>
      candidate.kind === 'besideItems' &&
      whole(candidate) &&
      read.some(({ item }) => item.parentElement === candidate.item.parentElement && sameShape(item, candidate.item)),
  );
  return {
    items: withUndatedSiblings(
      [...read, ...besideItems].sort((a, b) => byPageOrder(a.item, b.item)),
      root,
      { anchors, title, minTextParts: MIN_TEXT_PARTS },
    ),
    untyped: shaped.filter(({ kind }) => kind === 'untyped').map(({ item }) => item),
  };
}

const isRead = ({ kind }: FoundItem) => kind === 'item';

/**
 * An item says more than its date line (a property row is a label and a value on one line,
 * item-text.ts), or says more after its date and shows its type alone before it, by a word or its
 * icon ("Email | Nov 3, 2026 | Re: pricing"), or moves the deal's stage before it. A property
 * row's value ends its line but for a control ("Last Meeting Booked | Nov 12, 2026 | Details", a
 * button or a link), and its label at most opens with a type word ("Meeting booked"); an item
 * showing only its header and date has a header no label has ("Call - Busy", `headsAnItem`), or
 * opens with a type word among items of its shape (`besideItems`). A line of an item's shape
 * showing no type may be an item in wording Touchline does not know: `untyped`, reported rather
 * than read or dropped, unless what precedes its date is a property label the page's wording
 * knows ("Create date").
 */
function kindOf(item: Element, date: Element, context: ReadingContext): FoundItem['kind'] | undefined {
  if (saysMoreThanItsDateLine(item, date)) return 'item';
  const { before, after } = textsAroundDate(item, date);
  const { words } = context;
  const lead = before.join(' ');
  // A stage move says all it says before its date ("… moved the deal from Demo to Proposal | Nov 3,
  // 2026"): its wording, which no property label has, makes it an item.
  if (after.every((text) => isControlLabel(text, words))) {
    if (words.some((w) => movesStage(w, fold(lead))) || headsAnItem(lead, words)) return 'item';
    return opensWithType(lead, words) ? 'besideItems' : undefined;
  }
  if (showsTypeAlone(lead, iconOf(item, null, null), words)) return 'item';
  return isPropertyLabel(lead, words) ? undefined : 'untyped';
}

/** A control's whole label ("Details", "Edit"), however it is drawn. */
function isControlLabel(text: string, words: readonly HubSpotWords[]): boolean {
  const folded = fold(text).trim();
  return words.some((w) => w.controls.test(folded));
}

function isPropertyLabel(text: string, words: readonly HubSpotWords[]): boolean {
  const folded = fold(text).trim();
  return (
    folded !== '' &&
    words.some((w) =>
      Object.values(w.labels).some((labels: readonly string[]) => labels.some((l) => fold(l) === folded)),
    )
  );
}

/**
 * Items with another item beside them, or beside their group (itself counted once at each level).
 * A month holding one item (`section > h3 + ul > li`: "October 2026" and its one call) leaves that
 * item a level above its siblings in the other months' lists, a cousin of none of them: it is
 * alone under its heading, and that headed group stands among the groups holding the others.
 */
function repeated(found: FoundItem[], root: Element): FoundItem[] {
  const around = new Map<Element | null, number>();
  const within = new Map<Element, number>();
  const bump = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const { item } of found) {
    bump(around, item.parentElement);
    bump(around, item.parentElement?.parentElement ?? null);
    for (let node = item.parentElement; node && node !== root; node = node.parentElement) bump(within, node);
  }
  return found.filter(({ item }) => {
    const parent = item.parentElement;
    const grandparent = parent?.parentElement ?? null;
    if ((around.get(parent) ?? 0) > 1 || (grandparent !== null && (around.get(grandparent) ?? 0) > 1)) return true;
    return grandparent !== null && aloneUnderHeading(item) && (within.get(grandparent) ?? 0) > 1;
  });
}

/** Beside the item there are only its group's headings ("October 2026"). */
function aloneUnderHeading(item: Element): boolean {
  const others = Array.from(item.parentElement?.children ?? []).filter((c) => c !== item);
  return others.length > 0 && others.every((c) => c.matches(HEADING));
}

/** A group of one item ("Upcoming" and its item) is the item under its heading. */
function withoutGroupHeading(candidate: Element, date: Element): Element {
  let item = candidate;
  for (;;) {
    const children = Array.from(item.children);
    const holder = children.find((c) => c.contains(date));
    const rest = children.filter((c) => c !== holder);
    if (!holder || rest.length === 0 || !rest.every((c) => c.matches(HEADING))) return item;
    item = holder;
  }
}
