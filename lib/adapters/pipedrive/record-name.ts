import { allVisible, pageText, textOf } from '../dom';
import { inLayers, modalLayers } from '../modal-layer';
import { listShows, type RecordList, recordLists } from './list-heading';
import { escapeRegExp } from './text-match';
import { TITLE_LIKE, TITLES } from './titles';
import { titleElement } from './view';
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
  const lists = recordLists(view);
  if (lists.length > 0) return nameBesideLists(view, lists, layers, tab);
  const named = nameAmong(view, scoped, tab, (el) => !inLayers(el, layers)) ?? nameAmong(view, scoped, tab, () => true);
  return named ?? (tab ? { name: tab } : { reason: 'no record title found on the page' });
}

/**
 * The view shows a list of records beside the record (list-heading.ts: the Leads Inbox beside a
 * lead). The list's heading names no record, whatever its place in the page: the record is named
 * by a title outside every list that a list shows as one of its rows (the lead's panel title is
 * its row's title), one outside every modal layer before one inside. Else the tab title, unless it
 * is the list's heading too; else nothing is read rather than the list's heading.
 */
function nameBesideLists(view: Element, lists: RecordList[], layers: Element[], tab: string | undefined): RecordName {
  const headings = lists.map(({ heading }) => textOf(heading));
  const own = allVisible(view, TITLES).filter((el) => textOf(el) && !lists.some(({ list }) => list.contains(el)));
  const listed = (name: string) => lists.some(({ list }) => listShows(list, name));
  for (const keep of [(el: Element) => !inLayers(el, layers), () => true]) {
    const names = Array.from(new Set(own.filter(keep).map((el) => textOf(el)))).filter(listed);
    if (names.length === 1 && names[0]) return { name: names[0] };
    if (names.length > 1) {
      const named = names.find((name) => name === tab);
      return named
        ? { name: named }
        : { reason: `the page shows several records beside the list "${headings[0]}" (${names.length} titles)` };
    }
  }
  if (tab && !headings.includes(tab)) return { name: tab };
  return { reason: `only the list "${headings[0]}" shows a title: the record's own title is not told apart` };
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

/**
 * `document.title` without " - Deals", " - Pipedrive" and the like, read as the page's text is
 * (pageText) for it is compared with the shown titles; undefined when nothing else is left.
 */
export function tabTitle(doc: Document, words: Wording): string | undefined {
  let title = pageText(doc.title ?? '');
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
