import { chunksOf, isBlock } from './lines';

/**
 * A line's own inline pieces joined with " · ": a meta line whose separators CSS draws shows
 * date, owner and person as sibling elements with no text between them ("Nov 18, 2026 4:05 PM",
 * "Casey Nguyen", "Maya Lindqvist"), which its text runs together into one unreadable run.
 * Pieces inside the line's block children are other lines'.
 */
export function piecesText(line: Element): string {
  return chunksOf(line)
    .filter((chunk) => inOwnPart(chunk.el, line))
    .map((chunk) => chunk.text)
    .join(' · ');
}

function inOwnPart(el: Element, line: Element): boolean {
  for (let node: Element | null = el; node && node !== line; node = node.parentElement) if (isBlock(node)) return false;
  return true;
}
