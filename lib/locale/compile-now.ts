/**
 * Compiles a regular expression ahead of its first real use. V8 compiles one the first time it
 * runs (to bytecode) and again the second time (to machine code); an expression with many
 * alternatives or Unicode classes takes a millisecond or more each time, and a reading whose
 * first timeline item met all of its expressions at once spent 15 ms in that one step (issue 11).
 * Two searches of an empty text do both compilations; `search` leaves a global expression's
 * `lastIndex` as it was, so nothing a later match sees changes.
 */
export function compileNow(regex: RegExp): void {
  ''.search(regex);
  ''.search(regex);
}
