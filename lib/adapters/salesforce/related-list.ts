import { textOf } from '../dom';
import { toSalesforceId18 } from '../salesforce-id';
import { deepAllVisible, deepFirstVisible } from './scope';
import { SEL } from './selectors';

/** One row of a related list: each cell by its column heading (lower case). */
export type RelatedRow = Map<string, Element>;

/**
 * The rows of the related list card titled `title` ("Stage History", "Contact Roles"), read
 * by column headings rather than positions, since admins reorder columns. Undefined when the
 * page shows no such list. Titles carry a count, "Stage History (4)", which is ignored.
 */
export function relatedRows(view: Element, titles: readonly string[]): RelatedRow[] | undefined {
  const wanted = titles.map((t) => t.toLowerCase());
  const card = deepAllVisible(view, SEL.relatedCard).find((c) => {
    const title = textOf(deepFirstVisible(c, SEL.cardTitle))
      .replace(/\(\d+\+?\)$/, '')
      .trim()
      .toLowerCase();
    return wanted.includes(title);
  });
  if (!card) return undefined;
  const headings = deepAllVisible(card, SEL.tableHeader).map(headingText);
  return deepAllVisible(card, SEL.tableRow).map((row) => {
    const cells = Array.from(row.children).filter((c) => c.matches(SEL.tableCell));
    const byHeading: RelatedRow = new Map();
    cells.forEach((cell, i) => {
      const heading = headings[i];
      if (heading && !byHeading.has(heading)) byHeading.set(heading, cell);
    });
    return byHeading;
  });
}

/** A cell's text by the first heading present. */
export function cellText(row: RelatedRow, headings: readonly string[]): string {
  for (const h of headings) {
    const cell = row.get(h.toLowerCase());
    if (cell) return textOf(cell);
  }
  return '';
}

function headingText(th: Element): string {
  const label = th.getAttribute('aria-label') ?? th.getAttribute('title');
  return (label ?? textOf(th))
    .replace(/^sort(ed)? (by)?:?/i, '')
    .trim()
    .toLowerCase();
}

/** The 18-character id of the record a row's cell links to. */
export function rowRecordId(row: RelatedRow, headings: readonly string[]): string | undefined {
  for (const h of headings) {
    const href = row.get(h.toLowerCase())?.querySelector(SEL.recordLink)?.getAttribute('href');
    const id = href?.match(/\/lightning\/r\/(?:[A-Za-z_]+\/)?([a-zA-Z0-9]{15,18})(?:\/|$)/)?.[1];
    if (id && (id.length === 15 || id.length === 18)) return toSalesforceId18(id);
  }
  return undefined;
}
