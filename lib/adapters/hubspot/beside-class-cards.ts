import { byPageOrder } from '../dom';
import type { ShapeReading } from './find-items';

/** The item elements to read and, on pages without test ids, the blocks found by shape only, not read. */
export interface CardsAndReports {
  /** Each with its date line where the shape finder found it. */
  cards: { card: Element; date?: Element }[];
  /** Found by shape only: dated lines that may be items, not read. */
  untyped: Element[];
  /** Found by shape only: blocks holding entries not told apart, not read. */
  unsplit: Element[];
  /** Found by shape only: blocks shaped like an item outside any timeline found, not read. */
  unplaced: Element[];
}

/** Matches not nested in another match (a wrapper carrying a second test id): each read once, as the outer one. */
export function outermost(matched: readonly Element[]): Element[] {
  const set = new Set(matched);
  const nested = (card: Element) => {
    for (let node = card.parentElement; node; node = node.parentElement) if (set.has(node)) return true;
    return false;
  };
  return matched.filter((card) => !nested(card));
}

/**
 * Pages without test ids, where the older card's class fragment matched: both generations coexist
 * (crm-evidence-2.md, B: "The older [timeline-card] can still wrap it"), so bare 2024+ previews
 * stand beside card-wrapped ones, and the class matches the wrappers only. The matched cards are
 * read as before; beside them, what the shape finder found (find-items.ts) outside every matched
 * card: a block inside a card is that card's, and a block around one is that card with its
 * wrapping (a climb from the card's date line), so none is read twice nor reported as not read.
 * Notes matched by their own test id, no other item matching one, are read so too (read-timeline.ts:
 * the previews' test id may be renamed). Without a match, this is the shape finder's reading.
 */
export function besideClassCards(matched: readonly Element[], shaped: ShapeReading): CardsAndReports {
  const outside = (block: Element) => !matched.some((card) => card.contains(block) || block.contains(card));
  const cards = [
    ...outermost(matched).map((card) => ({ card })),
    ...shaped.items.filter(({ item }) => outside(item)).map(({ item, date }) => ({ card: item, date })),
  ].sort((a, b) => byPageOrder(a.card, b.card));
  return {
    cards,
    untyped: shaped.untyped.filter(outside),
    unsplit: shaped.unsplit.filter(outside),
    unplaced: shaped.unplaced.filter(outside),
  };
}
