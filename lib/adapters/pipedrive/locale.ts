/**
 * Whether the page prints numeric dates day first (18/11/2026). Pipedrive follows the user's
 * locale, which the page's `lang` carries: only US English (and bare `en`) puts the month first.
 */
export function isDayFirst(node: Node): boolean {
  const lang = (node.ownerDocument?.documentElement?.getAttribute('lang') ?? 'en').toLowerCase();
  return !(lang === 'en' || lang.startsWith('en-us') || lang === '');
}
