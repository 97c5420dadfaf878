import { withPrintedStageDays } from '../metrics/printed-stage-days';
import type { Deal } from '../schema/record';
import { append, inSlices, SLICE_ROWS } from './slices';

/**
 * The deals with the stage entries their pages dated by day alone counted from the printed day
 * (withPrintedStageDays), as the deal's panel counts them, so a deal's row, its warning and the
 * typical times worked out from deals agree with the panel when the zone setting is not the
 * browser's. The same deals when the zones agree; otherwise in slices that give the main thread
 * back (each entry's day is worked out in two zones).
 */
export async function dealsAsPrinted(deals: Deal[], timeZone: string, pageTimeZone: string): Promise<Deal[]> {
  if (timeZone === pageTimeZone) return deals;
  const moved: Deal[] = [];
  await inSlices(deals, SLICE_ROWS / 4, (slice) => {
    append(
      moved,
      slice.map((deal) => withPrintedStageDays(deal, { timeZone, pageTimeZone })),
    );
  });
  return moved;
}
