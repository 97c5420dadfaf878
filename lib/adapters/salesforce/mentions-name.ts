import { literal } from './sentence-shapes';

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
/** What carries a name on across a hyphen, apostrophe or dot: "Dan Li-Smith", "Dan Li’s", "dan.li". */
const JOINED = `[-'’.]${LETTER}`;

/**
 * True when the text names the person or address whole: "Dan Lindberg" does not name "Dan Li",
 * nor "Anna Müllerová" or "Anna Müller-Lenz" "Anna Müller", but "Dan Li <dan.li@globex.example>"
 * names both "Dan Li" and "dan.li@globex.example". Boundaries are letters, marks and digits of any
 * script (JavaScript's `\b` knows ASCII letters only, so "Müller" would end at "M"); an address
 * also runs on over what its local part may hold, so "li@globex.example" is not in
 * "dan.li@globex.example". Any spacing between the name's words matches (markup may break a line in it).
 */
export function mentionsName(text: string, name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const before = name.includes('@') ? `[\\p{L}\\p{M}\\p{N}._%+-]` : `${LETTER}[-'’.]?`;
  const body = words.map(literal).join('\\s+');
  return new RegExp(`(?<!${before})${body}(?!${LETTER}|${JOINED})`, 'iu').test(text);
}
