import { startsWithWord } from './text-match';

/** A dash between spaces, a bracket, a bar or a middle dot: what sets a part of a subject apart. */
const SET_APART = /\s[–—-]\s|[()[\]|·•]/;

/** The line's parts between the marks that set a part apart, its start first (empty where nothing precedes a mark). */
export function setApart(line: string): string[] {
  return line.split(SET_APART).map((part) => part.replace(/^[\s,;:.]+/, '').trim());
}

/**
 * The line opens with one of the words, or a part of it set apart does ("Incoming call from Maya",
 * "Callback – incoming call from Maya"): what the line says of itself, never a word further into
 * its prose ("Call Ana back about yesterday's incoming call").
 */
export function opensAPart(line: string, words: readonly string[]): boolean {
  return setApart(line).some((part) => startsWithWord(part, words));
}
