import { fold } from '../../locale/fold';
import { spacedText } from '../dom';
import type { HubSpotWords } from './words/types';

/** A clock time in any of the portal's formats: "2:00 PM", "14:00", "9.30", "14h00". */
const CLOCK = String.raw`\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?)?`;

/**
 * A line that is a meeting's slot: a date with its start time, a dash, its end time, perhaps a
 * zone ("Wed, Nov 25, 2026 2:00 PM – 2:30 PM EST", "Mi., 25. Nov. 2026 14:00–14:30 MEZ"). Group 1
 * is the start, group 2 the zone. A shape, not words: no word table is needed.
 */
const SLOT = new RegExp(
  String.raw`^(.*\d.*?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?\s?m\.?)?)\s*[–—-]\s*${CLOCK}(\s+\(?[A-Za-z][\w+:-]{1,9}\)?)?$`,
  'i',
);

/** "Wednesday, 25 November 2026 14:00 – 14:30 (GMT+01:00)" fits. */
const LONGEST = 60;

/**
 * The start of the meeting's own slot, with the zone printed after the slot, as one date text
 * ("Wed, Nov 25, 2026 2:00 PM EST"); undefined when the item shows none of its own. A meeting
 * booked through a meetings link is dated in the timeline when it was booked, its body giving the
 * meeting's own time (metrics.md: booked is not held): that time is the meeting's, but only where
 * the header's type wording says it was booked ("Meeting booked - Discovery call"). Any other
 * meeting is dated by its header (decisions.md: the header line before the body), and its notes
 * may book the next one ("Follow-up demo booked for: Tue, Dec 1, 2026 2:00 PM – 2:30 PM"): only its
 * own date line being a slot gives its start.
 */
export function meetingSlot(
  card: Element,
  { header, dateText }: { header: string; dateText?: string | undefined },
  words: readonly HubSpotWords[],
): string | undefined {
  const own = dateText ? slotStart(dateText) : undefined;
  if (own || !saysBooked(header, words)) return own;
  for (const el of Array.from(card.querySelectorAll('*'))) {
    const slot = slotStart(spacedText(el));
    if (slot) return slot;
  }
  return undefined;
}

/** A line of its own that is a slot, not a block ending in one (the body around it): its start. */
function slotStart(text: string): string | undefined {
  const slot = text.length <= LONGEST ? SLOT.exec(text) : null;
  return slot ? `${slot[1]}${slot[2] ?? ''}`.trim() : undefined;
}

/**
 * The header's lead, before any subject after a dash, says booked: "Meeting booked - Discovery call",
 * not "Meeting - Demo booked".
 */
function saysBooked(header: string, words: readonly HubSpotWords[]): boolean {
  const lead = fold(header).split(/ [-–—] /)[0] ?? '';
  return words.some((w) => w.booked.test(lead));
}
