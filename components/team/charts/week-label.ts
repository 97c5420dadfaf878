import { teamDay } from '../team-dates';

/**
 * A week of the weekly chart by its Monday; the last one is the current week, partial, and says so:
 * on a Monday morning its few touches would otherwise read as every rep's activity falling away.
 */
export function weekLabel(weekStart: string, current: boolean): string {
  return `${teamDay(weekStart)}${current ? ', so far' : ''}`;
}
