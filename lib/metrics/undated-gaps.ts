import type { ContactView } from '../schema/view-model';
import type { CadenceGap } from './cadence-gaps';
import type { UndatedTouches } from './next-touch';
import { isOutbound, type Touch } from './touch';
import { undatedCaveat, undatedWords } from './undated-caveat';

/**
 * The cadence gaps as the contact panel shows them, and what touches without a readable date do
 * to them (as nextTouchView does to the next step). Gaps are intervals between outbound touches
 * (metrics.md), and an undated touch may fall in any of them: as a step done on time it may close
 * one, as a reply it ends the cadence. With no dated outbound touch beside an undated one, the
 * intervals themselves are unknown: no count (contracts.md: empty, with the reason), never a
 * confident 0. Beside dated outbound touches, the gaps found among them are given with the caveat.
 * With no outbound touch at all, dated or not, there is no interval: 0 gaps is exact.
 */
export function gapsView(
  gaps: readonly CadenceGap[],
  touches: readonly Touch[],
  undated: UndatedTouches,
): Pick<ContactView['cadence'], 'gaps' | 'gapsNotKnown' | 'gapsReason'> {
  const dated = touches.some(isOutbound);
  if (undated.outbound && !dated) {
    return {
      gaps: [],
      gapsNotKnown: true,
      gapsReason: `${undatedWords(undated.count)}: the gaps between touches cannot be counted.`,
    };
  }
  const caveat = dated ? undatedCaveat(undated.count, 'fall between the touches counted').trim() : '';
  return {
    gaps: gaps.map((g) => ({ from: g.from.toISOString(), to: g.to.toISOString(), days: g.days })),
    ...(caveat ? { gapsReason: caveat } : {}),
  };
}
