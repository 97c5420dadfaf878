/**
 * A name spaced as adapters read it from a page (lib/adapters/dom.ts textOf): every run of
 * whitespace, no-break spaces included, is one space, and none at either end. The user's name in a
 * CRM is matched to the owners pages name by exact string, so a name pasted from the page with a
 * no-break space, or typed with two spaces, must be the same string as the page's. Case and
 * accents are left as typed: the name is "exactly as the CRM shows it".
 */
export function spacedAsPages(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}
