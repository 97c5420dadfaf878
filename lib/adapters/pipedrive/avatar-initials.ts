import { allVisible } from '../dom';
import { visibleText } from './lines';

/**
 * Avatars drawn as elements: an image, or an element that is one by its role. Their text is a
 * user's initials ("PR"), never part of a name. An avatar hidden from assistive technology
 * (`aria-hidden`) shows no text to the reader at all (lines.ts).
 */
const AVATAR = '[role="img"], img, svg';

/**
 * A user's name without the initials avatar the page draws beside it ("PR Priya Raman", or "Priya
 * Raman PR"): a user without a photo gets one, and its text runs into the name's. The avatar is
 * an element that is one (AVATAR, inside `within`), or, with classes and roles stripped, a short
 * all-capitals word that is the name's initials (all of them, or the first and last name's).
 */
export function withoutAvatar(name: string, within?: Element | null): string {
  let text = name.trim();
  for (const avatar of within ? allVisible(within, AVATAR) : []) {
    const initials = visibleText(avatar);
    if (!initials || initials === text) continue;
    if (text.startsWith(`${initials} `)) text = text.slice(initials.length).trim();
    else if (text.endsWith(` ${initials}`)) text = text.slice(0, -initials.length).trim();
  }
  const words = text.split(/\s+/);
  const [first, last] = [words[0] ?? '', words[words.length - 1] ?? ''];
  if (words.length >= 3 && areInitialsOf(first, words.slice(1))) return words.slice(1).join(' ');
  if (words.length >= 3 && areInitialsOf(last, words.slice(0, -1))) return words.slice(0, -1).join(' ');
  return text;
}

/**
 * Segments of a meta line without one that is the initials of the name after it ("PR" · "Priya
 * Raman"), as a line whose separators CSS draws shows an avatar beside the name (line-pieces.ts).
 */
export function withoutAvatarSegments(segments: readonly string[]): string[] {
  return segments.filter((segment, i) => {
    const next = segments[i + 1]?.split(/\s+/) ?? [];
    return !(next.length >= 2 && areInitialsOf(segment, next));
  });
}

/** Two or three capitals that are the initials of every word of the name, or of its first and last. */
function areInitialsOf(token: string, name: readonly string[]): boolean {
  if (!/^\p{Lu}{2,3}$/u.test(token) || name.length < 2) return false;
  const initial = (word: string) => word.charAt(0).toLocaleUpperCase();
  const all = name.map(initial).join('');
  const ends = initial(name[0] ?? '') + initial(name[name.length - 1] ?? '');
  return token === all || token === ends;
}
