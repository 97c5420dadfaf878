import { allVisible } from '../dom';
import { remembered } from '../reading-memo';
import { holdsFieldRows } from './field-rows';
import { SELECTORS } from './selectors';
import { recordTitle } from './view';
import type { Wording } from './wording';

/** How far above the title the header block may reach. */
const MAX_DEPTH = 4;

/**
 * The deal's header block (title, value, status badge or Won/Lost buttons, rotting mark): the
 * header marker that holds the record's title, else what needs no class or tag, the title's
 * largest ancestor that holds none of the feed's items and no field rows (the sidebar's), else
 * any header marker. Pipedrive's header is a `<div>` with build-hashed classes
 * (crm-evidence-2.md): only the title (`[data-testid="header-title"]`, the view's `<h1>`) is
 * known, so the header is found around it. Undefined when there is no title.
 */
export function dealHeader(view: Element, words: Wording, feed: readonly Element[]): Element | undefined {
  return remembered('deal-header', view, () => {
    const title = recordTitle(view);
    const marked = allVisible(view, SELECTORS.header);
    if (!title) return marked[0];
    return marked.find((header) => header.contains(title)) ?? blockAround(title, view, words, feed) ?? marked[0];
  });
}

function blockAround(title: Element, view: Element, words: Wording, feed: readonly Element[]): Element | undefined {
  let block: Element | undefined;
  for (let box = title.parentElement, depth = 0; box && box !== view && depth < MAX_DEPTH; box = box.parentElement) {
    if (feed.some((item) => box?.contains(item)) || box.querySelector(SELECTORS.flowItem)) break;
    if (box.querySelector(SELECTORS.fieldName) || holdsFieldRows(box, words)) break;
    block = box;
    depth++;
  }
  return block;
}
