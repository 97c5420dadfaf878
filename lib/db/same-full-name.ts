import { fold } from '../locale/fold';

/**
 * Whether two records name one person letter for letter (case, accents and spacing aside): what
 * folding two records into one needs, where a wrong fold deletes a person. "Chris Taylor" and
 * "Christine Taylor" may be one person on a mail line (samePersonName), never two records' names.
 */
export function sameFullName(a: string, b: string): boolean {
  const plain = (name: string) => fold(name).replace(/\s+/g, ' ').trim();
  return plain(a) !== '' && plain(a) === plain(b);
}
