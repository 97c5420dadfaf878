import { textOf } from '../dom';
import { toSalesforceId18 } from '../salesforce-id';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';
import { shownInRecord } from './structure';
import { isOneOf, type SalesforceWords } from './words';

/** One row of a related list: each cell by its column heading (lower case); a tile's title as `#title`, the row as `#row`. */
export type RelatedRow = Map<string, Element>;

const TITLE = '#title';
const ROW = '#row';
const TABLE = 'table, [role="grid"], [role="table"]';
const HEADER_CELLS = 'thead th, [role="columnheader"]';

/** A related list as its card shows it. */
export interface RelatedList {
  rows: RelatedRow[];
  /**
   * The title's count says "(3+)", or counts more rows than the card shows ("(3)" over two rows, the
   * rest not rendered): the card shows its first rows only, the list has more.
   */
  partial: boolean;
  /** The title's count as printed, "(3+)", "(3)"; absent when it shows none. */
  count?: string;
}

/**
 * The related list titled one of `titles` ("Stage History", "Contact Roles"), its rows read by
 * column headings rather than positions, since admins reorder columns. The list may sit in a tab
 * of the record that is not selected (crm-evidence-2.md). Found by its card classes, else by its
 * title wording (a heading or `title` attribute) and the table or tiles under it. Undefined when
 * the page shows no such list. Titles carry a count, "Stage History (4)", which is matched
 * without; "(3+)", or a count above the rows shown, marks the list partial.
 */
export function relatedList(
  view: Element,
  titles: readonly string[],
  _words?: readonly SalesforceWords[],
): RelatedList | undefined {
  const found = preciseCard(view, titles) ?? structuralCard(view, titles);
  if (!found) return undefined;
  const table = found.card.querySelector(TABLE);
  const rows = table ? tableRows(table) : tileRows(found.card);
  const count = found.title.slice(withoutCount(found.title).length).trim();
  const partial = showsFirstRows(found.title) || countsMoreThan(found.title, rows.length);
  return { rows, partial, ...(count ? { count } : {}) };
}

/** What a partial card shows, for reasons a rep reads: its title's count and the rows shown, "\"(3)\", 2 rows shown". */
export function shownOf(list: RelatedList): string {
  const rows = `${list.rows.length} ${list.rows.length === 1 ? 'row' : 'rows'} shown`;
  return list.count ? `"${list.count}", ${rows}` : rows;
}

/** A related list's title without its count: "Open Activities (2)", or "(3+)" when the card shows the first rows only. */
export const withoutCount = (text: string) => text.replace(/\(\d+\+?\)\s*$/, '').trim();

/** A title counting "(3+)": the card shows its first rows only, the list has more. */
export const showsFirstRows = (title: string) => /\(\d+\+\)\s*$/.test(title);

/** A title counting "(3)" over fewer rows than that: the card has rendered its first rows only. */
export function countsMoreThan(title: string, shown: number): boolean {
  const counted = title.match(/\((\d+)\)\s*$/)?.[1];
  return counted !== undefined && Number(counted) > shown;
}

interface Card {
  card: Element;
  /** The title with its count. */
  title: string;
}

function preciseCard(view: Element, titles: readonly string[]): Card | undefined {
  for (const card of deepQueryAll(view, SEL.relatedCard)) {
    const title = textOf(card.querySelector(SEL.cardTitle));
    if (shownInRecord(card, view) && isOneOf(withoutCount(title), titles)) return { card, title };
  }
  return undefined;
}

/** A heading or titled element naming the list, then the nearest ancestor holding a table or tiles. */
function structuralCard(view: Element, titles: readonly string[]): Card | undefined {
  const named = deepQueryAll(view, 'h1, h2, h3, h4, [role="heading"], [title]').filter(
    (el) =>
      shownInRecord(el, view) &&
      (isOneOf(el.getAttribute('title') ?? '', titles) || isOneOf(withoutCount(textOf(el)), titles)),
  );
  for (const heading of named) {
    let node = heading.parentElement;
    for (let depth = 0; node && node !== view && depth < 6; depth++, node = node.parentElement) {
      if (node.querySelector('table, [role="grid"], [role="table"], li'))
        return { card: node, title: countedTitle(heading) };
    }
  }
  return undefined;
}

/** A titled element's count may sit beside it ("<span title>Stage History</span> <span>(3+)</span>"): the whole heading's text. */
function countedTitle(named: Element): string {
  return textOf(named.closest('h1, h2, h3, h4, [role="heading"]') ?? named.parentElement ?? named);
}

function tableRows(table: Element): RelatedRow[] {
  const headerCells = Array.from(table.querySelectorAll(HEADER_CELLS));
  const headings = headerCells.map(headingText);
  const rows = Array.from(table.querySelectorAll('tbody tr, [role="row"]')).filter(
    (row) => !headerCells.some((h) => row.contains(h)),
  );
  return rows.map((row) => cellsByHeading(row, headings));
}

function cellsByHeading(row: Element, headings: readonly string[]): RelatedRow {
  const cells = Array.from(row.children).filter((c) =>
    c.matches(`${SEL.tableCell}, [role="gridcell"], [role="rowheader"], [role="cell"]`),
  );
  const byHeading: RelatedRow = new Map([[ROW, row]]);
  cells.forEach((cell, i) => {
    const heading = headings[i];
    if (heading && !byHeading.has(heading)) byHeading.set(heading, cell);
  });
  return byHeading;
}

/** Tiles: one `li` per record, its title and "Label: value" pairs (`dt`/`dd`). */
function tileRows(card: Element): RelatedRow[] {
  return Array.from(card.querySelectorAll('li')).map(tileRow);
}

/**
 * A tile's title (SLDS tile blueprint: the record's first column): its title element or first
 * heading with text, else its first record link outside its fields. A link inside a field's value
 * (a Stage History row's "Last Modified By" user) is that field, never the title: a row with no
 * record page of its own (OpportunityHistory) has its title as plain text and no title link.
 */
function tileTitle(li: Element): Element | undefined {
  const heading = Array.from(li.querySelectorAll(SEL.tileTitle)).find((el) => textOf(el) !== '');
  if (heading) return heading;
  const inField = (link: Element) => {
    const field = link.closest('dl, dd');
    return !!field && li.contains(field);
  };
  return Array.from(li.querySelectorAll(SEL.recordLink)).find((link) => !inField(link));
}

function tileRow(li: Element): RelatedRow {
  const row: RelatedRow = new Map([[ROW, li]]);
  const title = tileTitle(li);
  if (title) row.set(TITLE, title);
  for (const dt of Array.from(li.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd) row.set(textOf(dt).replace(/:$/, '').trim().toLowerCase(), dd);
  }
  return row;
}

/**
 * One row of whatever list holds it, found from the row itself (a timeline reading meets related
 * lists' rows one at a time): a table row by its own table's headings, or a tile.
 */
export function relatedRowOf(el: Element): RelatedRow | undefined {
  const table = el.closest(TABLE);
  if (table) return cellsByHeading(el, Array.from(table.querySelectorAll(HEADER_CELLS)).map(headingText));
  return el.matches('li') ? tileRow(el) : undefined;
}

/** A cell's text by the first heading present; a tile's title when none is. */
export function cellText(row: RelatedRow, headings: readonly string[]): string {
  return textOf(columnCell(row, headings) ?? row.get(TITLE));
}

/** A cell's text by the first heading present; '' when none is. */
export function columnText(row: RelatedRow, headings: readonly string[]): string {
  return textOf(columnCell(row, headings));
}

function columnCell(row: RelatedRow, headings: readonly string[]): Element | undefined {
  for (const h of headings) {
    const cell = row.get(h.toLowerCase());
    if (cell) return cell;
  }
  return undefined;
}

/** A column's label; the text of a sortable column also holds localized assistive text ("Sortieren nach:"). */
function headingText(th: Element): string {
  const label = th.getAttribute('aria-label') ?? th.getAttribute('title');
  return (label ?? shownText(th))
    .replace(/^sort(ed)? (by)?:?/i, '')
    .trim()
    .toLowerCase();
}

/** Text without assistive parts; a sortable heading's label may sit in a button, so only those go. */
function shownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll('.slds-assistive-text'))) hidden.remove();
  return textOf(copy);
}

/** The 18-character id of the record a row's cell links to. */
export function rowRecordId(row: RelatedRow, headings: readonly string[]): string | undefined {
  const cell = columnCell(row, headings) ?? row.get(TITLE);
  const link = cell?.matches(SEL.recordLink) ? cell : cell?.querySelector(SEL.recordLink);
  return link ? linkedId(link) : undefined;
}

/**
 * The row's first link to a record of one object, by the id's key prefix ("003" Contact) or the
 * object in the link: a second path where no column heading is one we know (admins rename them).
 */
export function rowLinkTo(row: RelatedRow, object: string, prefix: string): { id: string; name: string } | undefined {
  const links = Array.from(row.get(ROW)?.querySelectorAll(SEL.recordLink) ?? []);
  for (const link of links) {
    const id = linkedId(link);
    const named = link.getAttribute('href')?.includes(`/lightning/r/${object}/`);
    if (id && (named || id.startsWith(prefix))) return { id, name: textOf(link) };
  }
  return undefined;
}

function linkedId(link: Element): string | undefined {
  const id = link.getAttribute('href')?.match(/\/lightning\/r\/(?:[A-Za-z_]+\/)?([a-zA-Z0-9]{15,18})(?:\/|$)/)?.[1];
  return id && (id.length === 15 || id.length === 18) ? toSalesforceId18(id) : undefined;
}
