/** The tab title HubSpot sets on a record page: "<record name> | HubSpot" (crm-evidence-2.md: tools read it). */
const TAB_SUFFIX = /\s+[|–—-]\s+HubSpot\s*$/i;

export function nameFromTabTitle(doc: Document): string | undefined {
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  if (!TAB_SUFFIX.test(title)) return undefined;
  return title.replace(TAB_SUFFIX, '').trim() || undefined;
}
