import type { Activity, Channel } from '../schema/activity';
import { zonedDay } from '../zoned-day';

type DatedTouch = Activity & { timestamp: string; channel: Channel };

/**
 * Pairs touches logged in Touchline with page touches that newly appeared: same record, same
 * channel, same day in the user's zone (contracts.md). Each page touch absorbs at most one
 * logged touch and the closest pairs (same direction first, then nearest in time) are made
 * first. Only page touches new to the cache are candidates: one already stored when the user
 * logged a touch is a different touch. Returns the logged touches to rewrite, with `mergedInto`.
 */
export function mergeLoggedTouches(logged: readonly Activity[], freshPage: readonly Activity[], timeZone: string) {
  const open = logged.filter((touch): touch is DatedTouch => touch.mergedInto === undefined && isDatedTouch(touch));
  const pairs = open
    .flatMap((touch) =>
      freshPage
        .filter(isDatedTouch)
        .filter((page) => sameTouch(touch, page, timeZone))
        .map((page) => ({ touch, page })),
    )
    .sort((a, b) => distance(a.touch, a.page) - distance(b.touch, b.page) || a.touch.key.localeCompare(b.touch.key));
  const used = new Set<string>();
  const merged: Activity[] = [];
  for (const { touch, page } of pairs) {
    if (used.has(touch.key) || used.has(page.key)) continue;
    used.add(touch.key).add(page.key);
    merged.push({ ...touch, mergedInto: page.key });
  }
  return merged;
}

function sameTouch(touch: DatedTouch, page: DatedTouch, timeZone: string): boolean {
  const records = new Set([...touch.contactKeys, ...touch.dealKeys]);
  return (
    page.channel === touch.channel &&
    zonedDay(page.timestamp, timeZone) === zonedDay(touch.timestamp, timeZone) &&
    [...page.contactKeys, ...page.dealKeys].some((key) => records.has(key))
  );
}

/** Direction mismatches rank after every same-direction candidate of the day. */
function distance(touch: DatedTouch, page: DatedTouch): number {
  const apart = Math.abs(Date.parse(page.timestamp) - Date.parse(touch.timestamp));
  return apart + (page.direction === touch.direction ? 0 : 2 * 86_400_000);
}

function isDatedTouch(activity: Activity): activity is DatedTouch {
  return activity.channel !== undefined && activity.timestamp !== undefined && !activity.planned;
}
