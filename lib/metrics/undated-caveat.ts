/** "1 touch without a readable date", "3 touches without a readable date": the one wording every hedge uses. */
export function undatedWords(undated: number): string {
  return `${undated === 1 ? '1 touch' : `${undated} touches`} without a readable date`;
}

/**
 * What a figure about the last touch adds when touches without a readable date exist: one of them
 * may be newer than the last one counted (the contact panel's cadence reasons). A figure about
 * something else says what one of them may do to it instead (`may`).
 */
export function undatedCaveat(undated: number, may = 'be newer'): string {
  if (undated === 0) return '';
  return ` (${undatedWords(undated)} ${undated === 1 ? 'is' : 'are'} not counted: one may ${may}.)`;
}
