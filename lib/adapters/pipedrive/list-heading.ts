import { allVisible, textOf } from '../dom';
import { remembered } from '../reading-memo';
import { LIST_ROW } from './list-row';
import { TITLES } from './titles';

/** A list of records the view shows beside the record, and the title that heads it. */
export interface RecordList {
  heading: Element;
  list: Element;
}

/**
 * Lists of records shown beside the record, with their headings: a lead opens over the Leads
 * Inbox (crm-pages.md: /leads/inbox/{uuid}), whose own heading ("Leads Inbox") is drawn like a
 * record's title (`header h1`) and may come first in the page. No source gives that heading in
 * other languages, so the list is told by its shape, with no words, class or test id: the nearest
 * element around a title that holds list rows (list-row.ts) and no other title is the title's
 * list when one of its rows shows a title that stands outside it (the lead's panel title,
 * repeated in the lead's row), or links to this page among other records of its route (the
 * opened lead's row among the other leads). A deal's products grid beside its title shows
 * neither, so a record's own title is never taken for a list's heading.
 */
export function recordLists(view: Element): RecordList[] {
  return remembered('record-lists', view, () => {
    const titles = allVisible(view, TITLES).filter((el) => textOf(el));
    const here = ownAddress(view.ownerDocument);
    return titles.flatMap((heading) => {
      const list = listHeadedBy(heading, titles, view, here);
      return list ? [{ heading, list }] : [];
    });
  });
}

/** A row of the list shows the text (a cell, a link, the whole row). */
export function listShows(list: Element, text: string): boolean {
  return allVisible(list, LIST_ROW).some((row) =>
    [row, ...Array.from(row.querySelectorAll('td, th, a'))].some((el) => textOf(el) === text),
  );
}

function listHeadedBy(heading: Element, titles: Element[], view: Element, here: URL | undefined): Element | undefined {
  const text = textOf(heading);
  const others = titles.filter((el) => textOf(el) !== text);
  for (let el = heading.parentElement; el; el = el.parentElement) {
    if (others.some((other) => el.contains(other))) return undefined;
    if (el.querySelector(LIST_ROW))
      return others.some((other) => listShows(el, textOf(other))) || listsHere(el, here) ? el : undefined;
    if (el === view) return undefined;
  }
  return undefined;
}

/**
 * Rows link to this page and to another record of its route ("/leads/inbox/…"): a list of records
 * like this one, showing it. A deal's persons or products rows that link back to the deal link no
 * other deal.
 */
function listsHere(list: Element, here: URL | undefined): boolean {
  if (!here) return false;
  const route = here.pathname.replace(/[^/]+\/?$/, '');
  const paths = new Set<string>();
  for (const a of allVisible(list, LIST_ROW).flatMap((row) => allVisible(row, 'a[href]'))) {
    const path = pathOf(a.getAttribute('href') ?? '', here);
    if (path?.startsWith(route)) paths.add(path);
  }
  return paths.has(trimmed(here.pathname)) && paths.size > 1;
}

function ownAddress(doc: Document): URL | undefined {
  const href = doc.location?.href;
  if (!href) return undefined;
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

function pathOf(href: string, base: URL): string | undefined {
  try {
    const url = new URL(href, base);
    return url.host === base.host ? trimmed(url.pathname) : undefined;
  } catch {
    return undefined;
  }
}

function trimmed(path: string): string {
  return path.replace(/\/$/, '');
}
