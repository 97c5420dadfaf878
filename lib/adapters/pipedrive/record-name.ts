import { allVisible, textOf } from '../dom';
import { inLayers, modalLayers } from '../modal-layer';
import { escapeRegExp } from './text-match';
import { TITLE_LIKE, titleElement } from './view';
import type { Wording } from './wording';

export type RecordName = { name: string } | { name?: undefined; reason: string };

/**
 * The record's name: the title marker (`[data-testid="header-title"]`, its editable textarea),
 * else what survives any redesign: the view's `<h1>`, a title textarea in the header, then the
 * tab title minus Pipedrive's suffix ("<deal> - Deals"). Without a view container (`scoped`
 * false) several records may be shown at once: when they show different names and the tab title
 * does not say which is the record, nothing is read rather than another record's name.
 */
export function recordName(doc: Document, view: Element, scoped: boolean, words: Wording): RecordName {
  // A modal layer inside the view is drawn over the record (view.ts, recordTitle): a title outside
  // every layer names the record; one inside only when none is outside.
  const layers = modalLayers(view);
  const tab = tabTitle(doc, words);
  const named = nameAmong(view, scoped, tab, (el) => !inLayers(el, layers)) ?? nameAmong(view, scoped, tab, () => true);
  return named ?? (tab ? { name: tab } : { reason: 'no record title found on the page' });
}

/** The name the kept titles show: the marked title, else the one heading, else the heading the tab title names. */
function nameAmong(
  view: Element,
  scoped: boolean,
  tab: string | undefined,
  keep: (el: Element) => boolean,
): RecordName | undefined {
  const marked = scoped ? textOf(titleElement(view, keep)) : '';
  if (marked) return { name: marked };
  const shown = Array.from(
    new Set(
      allVisible(view, TITLE_LIKE)
        .filter(keep)
        .map((el) => textOf(el))
        .filter(Boolean),
    ),
  );
  if (shown.length === 1 && shown[0]) return { name: shown[0] };
  if (shown.length > 1) {
    const named = shown.find((name) => name === tab);
    return named ? { name: named } : { reason: `the page shows several records (${shown.length} titles)` };
  }
  return undefined;
}

/** `document.title` without " - Deals", " - Pipedrive" and the like; undefined when nothing else is left. */
export function tabTitle(doc: Document, words: Wording): string | undefined {
  let title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  for (let again = true; again; ) {
    again = false;
    for (const suffix of words.titleSuffixes) {
      const m = title.match(new RegExp(`\\s+[-–—|]\\s+${escapeRegExp(suffix)}$`, 'iu'));
      if (m) {
        title = title.slice(0, -m[0].length).trim();
        again = true;
      }
    }
  }
  return title && !words.titleSuffixes.some((s) => s.toLowerCase() === title.toLowerCase()) ? title : undefined;
}
