import { fold } from './fold';

/** A name's first and last words, or the one word of a name that has no more. */
interface PersonName {
  first: string;
  last?: string;
}

/**
 * Two spellings of one person's name, as a mail client's From row and the CRM print it: the
 * contact "Omar Haddad" sends as "Omar J. Haddad", the owner "Samuel Rivera" as "Sam Rivera" or,
 * from Outlook, "Rivera, Samuel". Folded, "Last, First" read as "First Last", middle names and
 * initials left out; the last names equal and the first names equal or one a short form the other
 * starts with (Sam, Samuel: three letters at least, so an initial never stands for a name), unless
 * one letter other than a pet name's "y" makes it another name (Dan and Dana, Ann and Anne; but
 * Nick and Nicky, Bill and Billy are one person). A
 * one-word name is only the same one word: with no last name, a first name alone is anyone's.
 */
export function samePersonName(a: string, b: string): boolean {
  const x = personName(a);
  const y = personName(b);
  if (!x || !y || x.last !== y.last) return false;
  if (x.last === undefined) return x.first === y.first;
  const [short, long] = x.first.length <= y.first.length ? [x.first, y.first] : [y.first, x.first];
  return short === long || (short.length >= 3 && long.startsWith(short) && !anotherName(short, long));
}

function personName(text: string): PersonName | undefined {
  const parts = fold(text).split(',');
  // More than one comma is a list of people or a name with a suffix ("Rivera, Samuel, Jr."): no one name.
  if (parts.length > 2) return undefined;
  const [family = '', given] = parts;
  const words = (given === undefined ? family : `${given} ${family}`)
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(Boolean);
  const first = words[0];
  if (first === undefined) return undefined;
  return words.length === 1 ? { first } : { first, last: words[words.length - 1] };
}

/** A name one letter longer than another, not by a pet name's "y": mostly another person's (Dana, Anne). */
function anotherName(short: string, long: string): boolean {
  return long.length === short.length + 1 && !long.endsWith('y');
}
