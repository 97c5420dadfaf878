import { type PageDate, readPageDate } from '../../locale/page-date';
import type { PageLocale } from '../../locale/page-locale';
import type { PageClock } from '../types';

/** Offsets (minutes east of UTC) of the zone abbreviations HubSpot appends to timeline times (guess). */
const ZONE_OFFSETS: Record<string, number> = {
  utc: 0,
  gmt: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  aest: 600,
  aedt: 660,
};

/** A leading label such as "Due:", "Fällig:", "Échéance :" (any language: words, then a colon). */
const PREFIX = /^[^\d:]{1,25}:\s+(?=\S)/;
const ZONE_SUFFIX = /^(.*\d.*?)\s+\(?((?:utc|gmt)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[a-z]{3,5})\)?$/i;

/**
 * HubSpot timeline times in the portal's locale ("Nov 18, 2026 at 3:15 PM EST", "Due: Tomorrow
 * at 9:00 AM", "10 sept. 2026 à 11:53 GMT+2") with whether a time of day was shown. A trailing
 * zone is honoured when known; an unknown one is dropped and the time read in the user's zone
 * (HubSpot shows times in the user's zone). Undefined when unparsable or ambiguous.
 */
export function readHubSpotDate(raw: string, clock: PageClock, locale?: PageLocale): PageDate | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const bare = text.replace(PREFIX, '');
  for (const candidate of bare === text ? [text] : [text, bare]) {
    const direct = readPageDate(candidate, clock, locale);
    if (direct) return direct;
    const zoned = candidate.match(ZONE_SUFFIX);
    if (!zoned) continue;
    const offset = offsetZone(zoned[2] as string);
    if (offset === null) continue;
    const found = readPageDate(zoned[1] as string, offset ? { ...clock, timeZone: offset } : clock, locale);
    if (found) return found;
  }
  return undefined;
}

/** The instant alone (properties such as "Create date"), as ISO UTC. */
export function parseHubSpotDate(raw: string, clock: PageClock, locale?: PageLocale): string | undefined {
  return readHubSpotDate(raw, clock, locale)?.timestamp;
}

/** "+05:00"-style zone for a known abbreviation, '' for an unknown one (use the clock's), null if not a zone. */
function offsetZone(abbreviation: string): string | null {
  const lower = abbreviation.toLowerCase().replace(/\s/g, '');
  const gmt = lower.match(/^(?:utc|gmt)([+-])(\d{1,2})(?::?(\d{2}))?$/);
  if (gmt) return format((gmt[1] === '-' ? -1 : 1) * (Number(gmt[2]) * 60 + Number(gmt[3] ?? 0)));
  if (lower in ZONE_OFFSETS) return format(ZONE_OFFSETS[lower] as number);
  return /^[a-z]{2,4}t$/.test(lower) ? '' : null;
}

function format(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A calendar date ("Dec 15, 2026", "12/15/2026") as YYYY-MM-DD, independent of the user's zone. */
export function parseHubSpotDay(raw: string, clock: PageClock, locale?: PageLocale): string | undefined {
  return parseHubSpotDate(raw, { now: clock.now, timeZone: 'UTC' }, locale)?.slice(0, 10);
}
