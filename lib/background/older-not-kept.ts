import { retentionCutoff } from '../db/retention-rule';
import { withoutLeadResponse } from '../metrics/lead-response-older';
import { undatedCaveat } from '../metrics/undated-caveat';
import { dayNumber } from '../metrics/zoned-days';
import type { ReadOk } from '../schema/read-result';
import type { Settings } from '../schema/settings';
import type { RecordView } from '../schema/view-model';
import { countsAsTouch, olderTouchMarks } from './older-touch-marks';

/**
 * The view with how many of the page's activities retention left unstored (retention applies on
 * read too), so a record whose page shows only older activity is never shown as one with none.
 * A contact with no kept touch whose page shows an older touch (in its timeline, or as the CRM's
 * own "last contacted") has gone cold when the latest such touch is more calendar days back than
 * the follow-up limit, in the user's zone (metrics.md: "longer than the follow-up limit";
 * lib/metrics/gone-cold.ts). The touch's own date decides, not the settings: at a retention equal
 * to the limit a touch just past it is only the limit's days back, not cold yet, while one months
 * back is. A touch whose date could not be read may be newer, so the reason says so, as the
 * panel's other gone-cold reasons do (undatedCaveat). Only what the metrics count is a touch here
 * (countsAsTouch: not a cancelled meeting, an automated email or a task the settings leave out).
 * A deal whose page shows such a touch within the follow-up limit had recent activity.
 */
export function withOlderNotKept(
  view: RecordView,
  reading: ReadOk,
  now: Date,
  settings: Pick<Settings, 'retentionDays' | 'followUpDays' | 'timeZone'> &
    Partial<Pick<Settings, 'countAutomated' | 'countCompletedTasks'>>,
): RecordView {
  const before = retentionCutoff(now, settings.retentionDays);
  const cutoff = Date.parse(before);
  const olderThanKept = (timestamp: string | undefined) => timestamp !== undefined && Date.parse(timestamp) < cutoff;
  const older = reading.activities.filter((a) => olderThanKept(a.timestamp));
  const olderNotKept = { activities: older.length, before, ...olderTouchMarks(older, settings) };
  const shown = withoutLeadResponse(older.length === 0 ? view : { ...view, olderNotKept });
  const lastContacted = reading.crmFigures.lastContacted;
  const touchedAt = [
    ...older
      .filter((a) => countsAsTouch(a, settings, reading.kind === 'deal'))
      .map((a) => Date.parse(a.timestamp as string)),
    ...(olderThanKept(lastContacted) ? [Date.parse(lastContacted as string)] : []),
  ];
  if (touchedAt.length === 0) return shown;
  const daysBack = dayNumber(now, settings.timeZone) - dayNumber(new Date(Math.max(...touchedAt)), settings.timeZone);
  // A deal's contacts touched within the limit, as its page shows: there was recent activity.
  if (shown.kind === 'deal')
    return shown.noRecentActivity && daysBack <= settings.followUpDays ? { ...shown, noRecentActivity: false } : shown;
  if (shown.daysSinceLastTouch !== null || daysBack <= settings.followUpDays) return shown;
  const undated = shown.touches.undated ?? 0;
  const onPage = undated > 0 ? 'the touches the page dates are all older' : 'the page shows only older ones';
  const reason = `No touch either way in the ${settings.retentionDays} days Touchline keeps: ${onPage} (follow-up limit ${settings.followUpDays}).${undatedCaveat(undated)}`;
  return { ...shown, cadence: { ...shown.cadence, goneCold: true, goneColdReason: reason } };
}
