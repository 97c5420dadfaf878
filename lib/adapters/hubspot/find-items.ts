import { fold } from '../../locale/fold';
import { byPageOrder, textOf } from '../dom';
import { inAssociationCard } from './association-card';
import { headsAnItem, movesStage, opensWithType, showsTypeAlone } from './classify-activity';
import { dateAnchors } from './date-anchors';
import { HEADING, headedByGroup, inGroup, opensGroup } from './group-heading';
import type { ItemBound } from './item-bounds';
import { climb, linesPerContainer } from './item-climb';
import { saidLeaves, saysMoreThanItsDateLine, textsAroundDate } from './item-text';
import { isPropertyDate } from './property-date';
import type { ReadingContext } from './reading-context';
import { withSeveralDates } from './several-dates';
import { iconOf } from './timeline-item';
import { atPath, pathTo, type ShapedItem, sameShape, withUndatedSiblings } from './undated-siblings';
import { isControlLabel } from './words';
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
  /**
   * Its climb stopped at what stands around the timeline (item-bounds.ts), which then holds it alone:
   * `timeline`, the filter bar's search box or the composer; `tabs`, the record's tabs, which the
   * Overview's cards stand below as well.
   */
  placed?: Placed;
}

type Placed = Extract<ItemBound, 'timeline' | 'tabs'>;

const placedBy = (bound: ItemBound | undefined): Placed | undefined =>
  bound === 'timeline' || bound === 'tabs' ? bound : undefined;

/** The record's tabs show one panel at a time (HubSpot keeps the others in the page, hidden). */
const TAB_PANEL = '[role="tabpanel"]';

/**
 * What the shape of the timeline shows: its items, the dated lines that may be items but were not
 * read, and the blocks under a group's heading holding entries that could not be told apart.
 */
export interface ShapeReading {
  items: ShapedItem[];
  untyped: Element[];
  unsplit: Element[];
  /**
   * Blocks showing a type and a date like an item, standing neither beside other items nor in a
   * group or under the timeline's tabs: perhaps a timeline's only item in a layout Touchline cannot place.
   */
  unplaced: Element[];
}

const NOT_A_TIMELINE = 'nav, [role="navigation"], [role="tablist"], [role="banner"]';
/**
 * An item says at least what it is, when, and something more (a title, who, a body): an item
 * saying more than its date line (item-text.ts) has these three, and so has one saying them on one line.
 */
const MIN_TEXT_PARTS = 3;

/**
 * Timeline items without a class, id or test id: each date line's largest container that holds
 * no other date line and nothing no item holds (a group's heading, the tabs, the filter bar's
 * search box: item-bounds.ts), kept when it is an item by what it says (`kindOf`) and repeats
 * beside other such items (siblings, cousins, or the groups of months beside the one it is alone
 * in), or stands first under a group's heading ("November 2026": a timeline's only item, a month's
 * only call logged without notes); then the items beside them whose date could not be read
 * (undated-siblings.ts). A date line that is a property's value, or stands in a card of associated
 * records (a deal's close date), is no item's, though it still bounds the blocks around it.
 */
export function findItemsByShape(root: Element, title: Element | null, context: ReadingContext): ShapeReading {
  const anchors = dateAnchors(root, context).filter((a) => !a.closest(NOT_A_TIMELINE));
  const perContainer = linesPerContainer(anchors, root);
  // Every date line bounds the blocks around it; only these may be an item's.
  const itemLines = anchors.filter(
    (date) => !isPropertyDate(date, root, context.words) && !inAssociationCard(date, root, context.words),
  );
  const found: FoundItem[] = [];
  for (const date of itemLines) {
    const { item: climbed, bound } = climb(date, root, perContainer, 1, context.words);
    const item = withoutGroupParts(climbed, date, context.words);
    if (title && item.contains(title)) continue;
    // Right below the filter bar's search box, the block is the timeline's only item; right below
    // the record's tabs, it is when it shows an item by itself (`standsAlone`): an Overview card may stand there.
    const placed = placedBy(bound);
    const kind = kindOf(item, date, context, placed === 'timeline' || inGroup(item, root, context.words));
    if (kind) found.push({ item, date, kind, placed });
  }
  const kept = repeated(
    found.filter(({ kind }) => kind !== 'besideItems'),
    root,
    context.words,
  );
  // An item with a date in its body too falls apart into its parts (several-dates.ts): read whole.
  const several = withSeveralDates(kept.filter(isRead), anchors, perContainer, title).flatMap(
    ({ item, date }): FoundItem[] => {
      const kind = kindOf(item, date, context, inGroup(item, root, context.words));
      return kind ? [{ item, date, kind }] : [];
    },
  );
  const whole = ({ item }: FoundItem) => !several.some((other) => other.item !== item && other.item.contains(item));
  const shaped = [...kept.filter(whole), ...several];
  const read = shaped.filter(isRead);
  // A header opening with a type word ("Anruf protokolliert", and a property's "Meeting booked"
  // alike) makes an item among read items of its shape, whatever follows its date.
  const besideItems = found.filter(
    (candidate) =>
      (candidate.kind === 'besideItems' || (candidate.kind === 'untyped' && leadOpensWithType(candidate, context))) &&
      whole(candidate) &&
      read.some(({ item }) => item.parentElement === candidate.item.parentElement && sameShape(item, candidate.item)),
  );
  const taken = new Set([...shaped, ...besideItems].map(({ item }) => item));
  const lone = found.filter(
    (candidate) => !taken.has(candidate.item) && whole(candidate) && standsAlone(candidate, root, context),
  );
  const unsplit = lone.filter(({ item, date }) => holdsEntries(item, date, context.words));
  const alone = wholeAlone(
    lone.filter((candidate) => !unsplit.includes(candidate)),
    {
      anchors: itemLines,
      found,
      taken: [...taken, ...unsplit.map(({ item }) => item)],
      title,
    },
    root,
    context,
  );
  return {
    items: withUndatedSiblings(
      [...read, ...besideItems, ...alone.filter(({ kind }) => kind !== 'untyped')].sort((a, b) =>
        byPageOrder(a.item, b.item),
      ),
      root,
      { anchors, title, minTextParts: MIN_TEXT_PARTS },
    ),
    untyped: [...shaped, ...alone]
      .filter(({ kind, item }) => kind === 'untyped' && !besideItems.some((beside) => beside.item === item))
      .map(({ item }) => item),
    unsplit: unsplit.map(({ item }) => item),
    unplaced: found
      .filter(
        (candidate) =>
          candidate.kind !== 'untyped' &&
          !taken.has(candidate.item) &&
          !lone.includes(candidate) &&
          !alone.some(({ item }) => item.contains(candidate.item)) &&
          whole(candidate) &&
          headsWithType(candidate, context),
      )
      .map(({ item }) => item),
  };
}

const isRead = ({ kind }: FoundItem) => kind === 'item';

/**
 * Read though nothing of its shape stands beside it: it opens a group of the timeline ("November
 * 2026", "Upcoming"), or stands right below the record's tabs or the filter bar's search box, is an
 * item by what it says and shows its type there (a sidebar card may stand there too, and shows
 * none). Right below the tabs, a header opening with a type word and nothing after its date is an
 * Overview card's ("Meeting booked | Nov 12, 2026"), as a property row's: only an item's own header
 * ("Logged call") or more than its date line makes it an item there (`kindOf`).
 */
function standsAlone(candidate: FoundItem, root: Element, context: ReadingContext): boolean {
  if (!candidate.placed) return headedByGroup(candidate.item, root, context.words);
  return candidate.kind === 'item' && headsWithType(candidate, context);
}

interface Surroundings {
  anchors: readonly Element[];
  found: readonly FoundItem[];
  /** Items read beside others, and blocks of entries not told apart. */
  taken: readonly Element[];
  title: Element | null;
}

/**
 * Items standing alone, whole: one whose body shows a date of its own ("Follow up on Nov 12, 2026",
 * a meeting's hours) falls apart at the first climb into its header line and its body (read, it
 * lost its body; with its date line below its header, it was dropped), and no sibling of its shape
 * makes it whole (several-dates.ts). Climbed again from each date line outside the items read that
 * may be an item's (`around.anchors`), where only date lines that read as items of some kind bound
 * it, it is found whole.
 */
function wholeAlone(alone: FoundItem[], around: Surroundings, root: Element, context: ReadingContext): FoundItem[] {
  const itemLines = new Set(around.found.map(({ date }) => date));
  const counts = linesPerContainer([...itemLines], root);
  const taken = new Set(around.taken);
  const inTaken = (date: Element) => {
    for (let node: Element | null = date; node && node !== root; node = node.parentElement)
      if (taken.has(node)) return true;
    return false;
  };
  const regrown: FoundItem[] = [];
  for (const date of around.anchors) {
    if (inTaken(date) || regrown.some(({ item }) => item.contains(date))) continue;
    const { item: climbed, bound } = climb(date, root, counts, itemLines.has(date) ? 1 : 0, context.words);
    const item = withoutGroupParts(climbed, date, context.words);
    if ((around.title && item.contains(around.title)) || around.taken.some((other) => item.contains(other))) continue;
    // Under a group's heading or the search box, as in findItemsByShape; below the tabs, by itself.
    const placed = placedBy(bound);
    const candidate: FoundItem = { item, date, kind: 'item', placed };
    if (kindOf(item, date, context, placed !== 'tabs') === 'item' && standsAlone(candidate, root, context))
      regrown.push(candidate);
  }
  return [...regrown, ...alone.filter((one) => !regrown.some(({ item }) => item.contains(one.item)))];
}

/** What precedes the item's date line opens with a type word. */
function leadOpensWithType({ item, date }: FoundItem, { words }: ReadingContext): boolean {
  return opensWithType(textsAroundDate(item, date).before.join(' '), words);
}

/** What precedes the item's date line is an item's header ("Logged call", "Call - Busy"), or opens with a type word. */
function headsWithType(candidate: FoundItem, context: ReadingContext): boolean {
  const lead = textsAroundDate(candidate.item, candidate.date).before.join(' ');
  return headsAnItem(lead, context.words) || leadOpensWithType(candidate, context);
}

/**
 * An item says more than its date line (a property row is a label and a value on one line,
 * item-text.ts), or says more after its date and shows its type alone before it, by a word or its
 * icon ("Email | Nov 3, 2026 | Re: pricing"), or moves the deal's stage before it. A property
 * row's value ends its line but for a control ("Last Meeting Booked | Nov 12, 2026 | Details", a
 * button or a link), and its label at most opens with a type word ("Meeting booked"); an item
 * showing only its header and date has a header no label has ("Call - Busy", `headsAnItem`), or
 * opens with a type word among items of its shape (`besideItems`). Under a group's heading of the
 * timeline ("November 2026"), where no property row stands, a header opening with a type word is an
 * item's ("Anruf protokolliert", a call logged without notes). A line of an item's shape showing no
 * type may be an item in wording Touchline does not know: `untyped`, reported rather than read or
 * dropped, unless what precedes its date is a property label the page's wording knows ("Create date").
 */
function kindOf(
  item: Element,
  date: Element,
  { words }: ReadingContext,
  inTimeline: boolean,
): FoundItem['kind'] | undefined {
  if (saysMoreThanItsDateLine(item, date)) return 'item';
  const { before, after } = textsAroundDate(item, date);
  const lead = before.join(' ');
  const opensWithItsType = opensWithType(lead, words);
  // A stage move says all it says before its date ("… moved the deal from Demo to Proposal | Nov 3,
  // 2026"): its wording, which no property label has, makes it an item.
  if (after.every((text) => isControlLabel(text, words))) {
    if (words.some((w) => movesStage(w, fold(lead))) || headsAnItem(lead, words)) return 'item';
    if (opensWithItsType) return inTimeline ? 'item' : 'besideItems';
    return undefined;
  }
  // A header, its date line and a body side by side ("Email - Pricing" | "Nov 18, 2026" | "Hi Mara …").
  if (showsTypeAlone(lead, iconOf(item, null, null), words) || headsAnItem(lead, words)) return 'item';
  if (opensWithItsType && inTimeline) return 'item';
  return isPropertyLabel(lead, words) ? undefined : 'untyped';
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
 * Items with another item beside them: siblings, or cousins (children of siblings). A month holding
 * one item (`section > h3 + ul > li`: "October 2026" and its one call) leaves that item a level
 * above its siblings in the other months' lists, a cousin of none of them: it is alone under its
 * heading, and that headed group stands among the groups holding the others. A block one level
 * above an item is none of these: a sidebar card grown from its close date up to its column beside
 * the column holding a timeline's only item (the climb stops under the tabs) is no item. An item
 * listed flat after a wrapped group ("Upcoming" and its task) stands beside that group. Blocks in
 * two tab panels never stand beside each other (one panel is shown at a time): the hidden
 * Overview's "Data highlights" card is no cousin of the Activities tab's lone call.
 */
function repeated(found: FoundItem[], root: Element, words: readonly HubSpotWords[]): FoundItem[] {
  const siblings = new Map<Element, number>();
  const cousins = new Map<Element, number>();
  const within = new Map<Element, number>();
  const bump = <K>(counts: Map<K, number>, key: K | null) => {
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const { item } of found) {
    bump(siblings, siblingsIn(item));
    bump(cousins, cousinsIn(item));
    for (let node = item.parentElement; node && node !== root; node = node.parentElement) bump(within, node);
  }
  const counted = <K>(counts: Map<K, number>, key: K | null) => key !== null && (counts.get(key) ?? 0) > 1;
  return found.filter(({ item }) => {
    const grandparent = cousinsIn(item);
    if (counted(siblings, siblingsIn(item)) || counted(cousins, grandparent)) return true;
    if (aloneUnderHeading(item) && counted(within, grandparent)) return true;
    return !item.matches(TAB_PANEL) && besideGroupOfItems(item, found, words);
  });
}

/** Where the item's siblings are: its parent, unless it is a tab panel, beside other panels only. */
function siblingsIn(item: Element): Element | null {
  return item.matches(TAB_PANEL) ? null : item.parentElement;
}

/** Where the item's cousins are: its grandparent, unless its parent is a tab panel. */
function cousinsIn(item: Element): Element | null {
  const parent = siblingsIn(item);
  return parent && !parent.matches(TAB_PANEL) ? parent.parentElement : null;
}

/**
 * An item listed flat beside a wrapped group of the timeline ("Upcoming" and its task, then a past
 * call on its own): a sibling block opens with a group's heading and holds an item found.
 */
function besideGroupOfItems(item: Element, found: readonly FoundItem[], words: readonly HubSpotWords[]): boolean {
  return Array.from(item.parentElement?.children ?? []).some(
    (sibling) =>
      sibling !== item &&
      opensGroup(sibling, words) &&
      found.some((other) => other.item !== sibling && sibling.contains(other.item)),
  );
}

/** Beside the item there are only its group's headings ("October 2026"). */
function aloneUnderHeading(item: Element): boolean {
  const others = Array.from(item.parentElement?.children ?? []).filter((c) => c !== item);
  return others.length > 0 && others.every((c) => c.matches(HEADING));
}

/**
 * A group of one item ("Upcoming" and its item) is the item under its heading; a "Load more" below
 * that item is the timeline's control, no part of it.
 */
function withoutGroupParts(candidate: Element, date: Element, words: readonly HubSpotWords[]): Element {
  let item = candidate;
  for (;;) {
    const children = Array.from(item.children);
    const holder = children.find((c) => c.contains(date));
    const rest = children.filter((c) => c !== holder);
    if (!holder || rest.length === 0 || !rest.every((c) => c.matches(HEADING) || isTimelineControl(c, words)))
      return item;
    item = holder;
  }
}

const CONTROL = 'button, [role="button"], a';

/** A control that fetches or opens more of the timeline ("Load more", "View all activities"). */
function isTimelineControl(el: Element, words: readonly HubSpotWords[]): boolean {
  const controls = el.matches(CONTROL) ? [el] : Array.from(el.querySelectorAll(CONTROL));
  if (controls.length !== 1 || textOf(controls[0]) !== textOf(el)) return false;
  const label = fold(textOf(el));
  return words.some((w) => w.olderActivity.test(label) || w.allActivity.test(label));
}

/**
 * A block under a group's heading holding its only readable date line beside blocks of the same
 * shape that open with a type word or show digits where that line shows its date ("Email | 3h"):
 * entries whose dates were not read, which the block's date cannot be told from. Read as one item,
 * they would be one touch; the reading says it could not tell them apart instead. An item's own
 * rows ("Outcome | Connected") open with a label.
 */
function holdsEntries(item: Element, date: Element, words: readonly HubSpotWords[]): boolean {
  let base = item;
  while (base.children.length === 1 && base.firstElementChild && base.firstElementChild !== date)
    base = base.firstElementChild;
  const branch = Array.from(base.children).find((c) => c.contains(date));
  if (!branch || branch === date) return false;
  const path = pathTo(date, branch);
  return Array.from(base.children).some((other) => {
    if (other === branch || !sameShape(other, branch)) return false;
    const [first] = saidLeaves(other);
    return /\d/.test(textOf(atPath(other, path))) || (first !== undefined && opensWithType(textOf(first), words));
  });
}
