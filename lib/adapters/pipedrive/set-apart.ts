/** A dash between spaces, a bracket, a bar or a middle dot: what sets a part of a subject apart. */
const SET_APART = /\s[–—-]\s|[()[\]|·•]/;

/** The line's parts between the marks that set a part apart, its start first (empty where nothing precedes a mark). */
export function setApart(line: string): string[] {
  return line.split(SET_APART).map((part) => part.replace(/^[\s,;:.]+/, '').trim());
}
