import { useEffect, useState } from 'preact/hooks';

const DARK = '(prefers-color-scheme: dark)';

/**
 * Whether the system theme is dark, followed as it changes: the charts read their colours from the
 * page's custom properties (team.css switches them on this query) and must draw again to take the
 * new ones, or their axis text keeps the old theme's contrast until the page is reloaded.
 */
export function useDarkScheme(): boolean {
  const [dark, setDark] = useState(() => typeof matchMedia === 'function' && matchMedia(DARK).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK);
    const follow = () => setDark(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return dark;
}
