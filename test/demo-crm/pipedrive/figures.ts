import type { DemoActivity, DemoDeal } from '../world';
import { itemKind } from './records';

const DAY = 86_400_000;
/** The demo pipeline's rotting setting: a deal rots after this many idle days in a stage. */
export const ROTTING_DAYS = 14;

/**
 * Pipedrive's "Last activity date" and "Next activity date" count activities only (calls,
 * meetings, tasks, logged emails, custom types), not synced mail, notes or changes: the latest
 * done one and the earliest one still to do.
 */
export function activityDates(items: DemoActivity[]): { last?: string; next?: string; done: number; toDo: number } {
  const activities = items.filter((a) => itemKind(a) === 'activity');
  const done = activities.filter((a) => !a.planned).map((a) => a.timestamp);
  const toDo = activities.filter((a) => a.planned).map((a) => a.timestamp);
  done.sort();
  toDo.sort();
  return { last: done[done.length - 1], next: toDo[0], done: done.length, toDo: toDo.length };
}

/**
 * Idle days past the rotting limit, or 0: open deals rot when neither a done activity nor a stage
 * change has touched them for ROTTING_DAYS days.
 */
export function rottingDays(deal: DemoDeal, items: DemoActivity[], now: string): number {
  if (deal.closed) return 0;
  const stageEntered = deal.stageHistory[deal.stageHistory.length - 1]?.enteredAt ?? deal.createdAt;
  const last = activityDates(items).last;
  const lastTouch = Math.max(Date.parse(stageEntered), last ? Date.parse(last) : 0);
  const idle = Math.floor((Date.parse(now) - lastTouch) / DAY);
  return idle > ROTTING_DAYS ? idle - ROTTING_DAYS : 0;
}

/** Whole days spent in each stage reached, as the stage bar prints under each step. */
export function daysPerStage(deal: DemoDeal, now: string): Map<string, number> {
  const days = new Map<string, number>();
  deal.stageHistory.forEach((entry, i) => {
    const end = deal.stageHistory[i + 1]?.enteredAt ?? now;
    days.set(entry.stage, Math.max(0, Math.floor((Date.parse(end) - Date.parse(entry.enteredAt)) / DAY)));
  });
  return days;
}
