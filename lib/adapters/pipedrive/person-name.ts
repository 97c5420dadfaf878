import { fold } from '../../locale/fold';

/** The name is one of the names, case, accents and spacing aside. */
export function isNamed(name: string, names: readonly string[]): boolean {
  const folded = fold(name);
  return folded !== '' && names.some((other) => fold(other) === folded);
}
