/** The demo's own switches, read from a route's query: never the extension's, only the look-alikes'. */
export interface PageOptions {
  /** `?lang=de`: the page as the CRM prints it for a de-DE user. */
  lang: 'en' | 'de';
  /** `?dates=unreadable` (test only): timeline items show their date as text no reader can date. */
  unreadableDates: boolean;
}

const ENGLISH: PageOptions = { lang: 'en', unreadableDates: false };
let current: PageOptions = ENGLISH;

/**
 * Set at the start of each `render()`: a render is synchronous and draws one route, so every
 * formatter and text table it calls can ask for the route's options instead of having them
 * passed down through every builder.
 */
export function usePageOptions(url: URL): void {
  current = {
    lang: url.searchParams.get('lang') === 'de' ? 'de' : 'en',
    unreadableDates: url.searchParams.get('dates') === 'unreadable',
  };
}

export function pageOptions(): PageOptions {
  return current;
}

/** What an undatable timeline date reads as: no date, weekday, time or relative word in any language. */
export const UNREADABLE_DATE = 'date hidden';

/**
 * In-app links keep the route's switches, so following one stays on a German (or undated) page.
 * Only same-origin paths are changed; an English page without switches is left as it is.
 */
export function keepOptionsInLinks(root: ParentNode, url: URL): void {
  const kept = ['lang', 'dates'].filter((name) => url.searchParams.has(name));
  if (kept.length === 0) return;
  for (const anchor of Array.from(root.querySelectorAll('a[href^="/"]'))) {
    const href = anchor.getAttribute('href') ?? '';
    const target = new URL(href, url.origin);
    for (const name of kept) target.searchParams.set(name, url.searchParams.get(name) ?? '');
    anchor.setAttribute('href', `${target.pathname}${target.search}${target.hash}`);
  }
}

/** A German route marks its page `de-DE`, as the CRMs do for a German user; English pages are left as served. */
export function markPageLanguage(doc: Document): void {
  if (current.lang === 'de') doc.documentElement.setAttribute('lang', 'de-DE');
}
