import { remembered } from '../reading-memo';
import { findRecordScope } from './scope';
import { ASSOCIATIONS, LAYOUT } from './selectors';

/**
 * Parts that show other records: the right sidebar and its association cards (crm-pages.md,
 * crm-evidence-2.md), and any link to a record (crm-pages.md URL shapes: `/record/0-x/{id}`, the
 * older `/contact/{id}`, `/deal/{id}`, `/company/{id}`).
 */
const OTHER_RECORDS = [
  LAYOUT.rightSidebar,
  ASSOCIATIONS.card,
  'a[href*="/record/0-"]',
  'a[href*="/contact/"]',
  'a[href*="/deal/"]',
  'a[href*="/company/"]',
].join(', ');

/**
 * Where the record shows its own properties. crm-pages.md lays a record out as a left sidebar (the
 * record's title and its label / value pairs), the middle pane (the timeline) and a right sidebar of
 * cards, which show associated records (crm-evidence-2.md: association cards; a contact's company,
 * deals and other contacts, a deal's contacts) with some of their properties under the same labels
 * ("Email", "Phone number"): a label there is another record's. The area is the left sidebar
 * holding the record's title; without test ids, the largest part around the title that holds no
 * other record's card or link; the whole record where the title is not known.
 */
export function ownPropertiesArea(root: Element): Element {
  return remembered('own-properties-area', root, () => {
    const scope = findRecordScope(root.ownerDocument);
    const title = scope.root === root ? scope.title : null;
    if (!title) return root;
    const sidebar = title.closest(LAYOUT.leftSidebar);
    // A root inside the sidebar (something there marked like a timeline, scope.ts) is all sidebar.
    if (sidebar) return root.contains(sidebar) ? sidebar : root;
    let area = title;
    for (let parent = area.parentElement; parent && area !== root; parent = area.parentElement) {
      if (parent.querySelector(OTHER_RECORDS)) break;
      area = parent;
    }
    return area;
  });
}
