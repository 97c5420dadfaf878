import { pageText } from '../dom';
import { nameFromTabTitle } from './header';

/**
 * The record the tab title names when the active view shows another: Lightning sets the address
 * and the tab title ("Rita Okoye | Contact | Salesforce", crm-evidence-2.md: maintained tools read
 * it as the record's name) for the next record while its previous view may still carry `active`
 * and the next one is not shown yet. Read then, the previous record's items would be stored under
 * the next one. Undefined when the tab title names no record, names the view's own, or a name the page does not hold.
 */
export function tabNamesAnother(viewName: string, doc: Document): string | undefined {
  const tabName = nameFromTabTitle(doc.title ?? '');
  if (!tabName || sameName(viewName, tabName)) return undefined;
  // Only when the page holds that name too (the next record's view, drawn but not shown yet): a tab
  // title that lags behind the view (still a list's, "Recently Viewed") must not hold a record back.
  // Composed, as the tab's name is: the page may hold it decomposed.
  return pageText(doc.body?.textContent ?? '').includes(tabName) ? tabName : undefined;
}

/**
 * Both name one record: the shorter's words all in the longer, in any order (a header may show a
 * salutation the tab title leaves out, "Mr. Jordan Lee", or the family name first, "Lee, Jordan").
 */
function sameName(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return short.every((word) => long.includes(word));
}
