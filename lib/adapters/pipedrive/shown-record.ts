import type { RecordRef } from '../../schema/record';
import { allVisible } from '../dom';
import { visibleText } from './lines';
import { linkedRecord, routeOf } from './url';

/**
 * Another record the view evidently shows, as "person/2210", or null. After a route change the
 * URL names the new record while the app still shows the previous one (crm-pages.md, "All
 * CRMs"); the view's own name then links to the previous record (feed items name their person
 * or deal by link, crm-evidence-2.md). Only links that carry the view's name and open a record of
 * the URL's route count: other persons linked as participants or colleagues carry other names, a
 * deal named like its person links that person on another route, and a page that never links
 * its own name proves nothing, so it is read.
 */
export function otherShownRecord(view: Element, name: string, ref: RecordRef): string | null {
  const route = routeOf(ref);
  const named: RecordRef[] = [];
  for (const a of allVisible(view, 'a[href]')) {
    const linked = linkedRecord(a.getAttribute('href') ?? '', ref.tenant);
    if (linked?.tenant === ref.tenant && routeOf(linked) === route && carriesName(visibleText(a), name))
      named.push(linked);
  }
  if (named.length === 0 || named.some((r) => r.recordId === ref.recordId)) return null;
  return `${route}/${named[0]?.recordId}`;
}

/**
 * The link's text is the name, or the name after one label word that assistive text or an icon
 * adds ("Person Maya Lindqvist", in any language).
 */
function carriesName(text: string, name: string): boolean {
  const t = text.toLowerCase();
  const n = name.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!n) return false;
  if (t === n) return true;
  return t.endsWith(` ${n}`) && !t.slice(0, -n.length - 1).includes(' ');
}
