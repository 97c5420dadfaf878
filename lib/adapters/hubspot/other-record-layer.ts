import { isHidden, textOf } from '../dom';
import { inAnyLayer, inLayerOver, isLayerOver, type NamesAnotherRecord } from '../modal-layer';
import { remembered } from '../reading-memo';
import { HEADER } from './selectors';
import { nameFromTabTitle } from './tab-title';
import { isRecordHref } from './url';

/**
 * HubSpot's record preview (a contact clicked in a deal's contacts card, a row of a list) is a
 * panel drawn over the page with the previewed record's highlight title and recent activity. No
 * source shows its markup, nor says whether it declares `aria-modal`: a side panel may leave the
 * deal behind it usable and say only `role="dialog"`. Either way it is not the record the page
 * shows when it names another record; a dialog of the record's own (its whole timeline, a
 * composer) names none or the record itself and stays part of it.
 */
export function overRecord(el: Element, within?: Element): boolean {
  return inLayerOver(el, namesAnotherRecord, within);
}

/** `node` itself is a layer drawn over the record (overRecord). */
export function isOverRecord(node: Element): boolean {
  return isLayerOver(node, namesAnotherRecord);
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The dialog names a record, and not one the page names as its own (tab title, titles outside every dialog). */
const namesAnotherRecord: NamesAnotherRecord = (dialog) =>
  remembered('hubspot-dialog-names-another-record', dialog, () => {
    const own = dialogRecordName(dialog);
    if (!own) return false;
    const page = pageRecordNames(dialog.ownerDocument);
    return page.size > 0 && !page.has(own);
  });

/**
 * The record a dialog names: its highlight title, else (no test id left) its first heading when
 * that is a record's name the page links to ("Lena Vogt" in the deal's contacts card). A heading
 * no record link carries ("Log call", "Activities") names no record.
 */
function dialogRecordName(dialog: Element): string | undefined {
  const title = Array.from(dialog.querySelectorAll(HEADER.title)).find((el) => !isHidden(el) && textOf(el));
  if (title) return textOf(title);
  const heading = Array.from(dialog.querySelectorAll(HEADINGS)).find((el) => !isHidden(el) && textOf(el));
  const name = textOf(heading);
  return name && recordLinkNames(dialog.ownerDocument).has(name) ? name : undefined;
}

/** The names the page gives its own record: the tab title's, and highlight titles outside every dialog. */
function pageRecordNames(doc: Document): Set<string> {
  return remembered('hubspot-page-record-names', doc, () => {
    const names = new Set<string>();
    const tab = nameFromTabTitle(doc);
    if (tab) names.add(tab);
    for (const el of Array.from(doc.querySelectorAll(HEADER.title)))
      if (!isHidden(el) && !inAnyLayer(el) && textOf(el)) names.add(textOf(el));
    return names;
  });
}

/** The texts of the page's links to HubSpot records (any object type). */
function recordLinkNames(doc: Document): Set<string> {
  return remembered('hubspot-record-link-names', doc, () => {
    const names = new Set<string>();
    for (const a of Array.from(doc.querySelectorAll('a[href]')))
      if (isRecordHref(a.getAttribute('href') ?? '') && textOf(a)) names.add(textOf(a));
    return names;
  });
}
