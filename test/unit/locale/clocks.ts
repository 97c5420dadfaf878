import type { PageClock } from '../../../lib/adapters/types';

/** The fixture clock, 2026-11-20T15:00:00Z: 16:00 in Berlin (CET), 07:00 in Los Angeles (PST). */
export const NOW = new Date('2026-11-20T15:00:00Z');

export const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles'] as const;
export type Zone = (typeof ZONES)[number];

export function clockIn(timeZone: string): PageClock {
  return { now: NOW, timeZone };
}
