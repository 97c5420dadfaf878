import { fold } from '../../locale/fold';

/**
 * The name is one of the names, case, accents and spacing aside, and either written "Last, First"
 * as Exchange tenants show display names ("Vogel, Lena" is Lena Vogel): the same words, no more.
 */
export function isNamed(name: string, names: readonly string[]): boolean {
  const folded = givenFirst(name);
  return folded !== '' && names.some((other) => givenFirst(other) === folded);
}

/** The folded name, "Last, First" turned round; a name with more commas (a list, "Jr.") as written. */
function givenFirst(name: string): string {
  const parts = fold(name).split(',');
  const [family, given] = parts.map((part) => part.trim());
  return parts.length === 2 && family && given ? `${given} ${family}` : fold(name).trim();
}
