/**
 * What a figure about the last touch adds when touches without a readable date exist: one of them
 * may be newer than the last one counted (the contact panel's cadence reasons).
 */
export function undatedCaveat(undated: number): string {
  if (undated === 0) return '';
  const words = undated === 1 ? '1 touch without a readable date is' : `${undated} touches without a readable date are`;
  return ` (${words} not counted: one may be newer.)`;
}
