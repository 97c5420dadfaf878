import { pageText } from '../dom';

/**
 * The tab title HubSpot sets on a record page: "<record name> | HubSpot" (crm-evidence-2.md: tools
 * read it). Its name is compared with the header's text, so it is read as that text is (pageText):
 * a name the portal holds decomposed is one name in both.
 */
const TAB_SUFFIX = /\s+[|–—-]\s+HubSpot\s*$/i;

export function nameFromTabTitle(doc: Document): string | undefined {
  const title = pageText(doc.title ?? '');
  if (!TAB_SUFFIX.test(title)) return undefined;
  return title.replace(TAB_SUFFIX, '').trim() || undefined;
}
