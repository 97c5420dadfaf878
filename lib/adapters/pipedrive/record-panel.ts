import { allVisible, textOf } from '../dom';
import { remembered } from '../reading-memo';
import { recordName } from './record-name';
import { TITLES } from './titles';
import type { Wording } from './wording';

/**
 * The landmark is the record's own panel, not a sidebar beside it: one of its titles shows the
 * record's name (record-name.ts). A lead opened over the Leads Inbox list may be drawn in an
 * `<aside>`; a "Sales Assistant" widget or a help panel headed by an `h1` of its own is no record.
 */
export function isRecordPanel(landmark: Element, view: Element, words: Wording): boolean {
  const name = shownName(view, words);
  return name !== undefined && allVisible(landmark, TITLES).some((el) => textOf(el) === name);
}

/** Read as read.ts reads it: a view that is the whole body may show several records, so no title marker decides. */
function shownName(view: Element, words: Wording): string | undefined {
  return remembered('record-panel-name', view, () => {
    const doc = view.ownerDocument;
    return recordName(doc, view, view !== doc.body, words).name;
  });
}
