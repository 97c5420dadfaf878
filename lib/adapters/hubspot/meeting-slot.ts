import { spacedText } from '../dom';

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
 * The start of the meeting's own slot, shown in its item, with the zone printed after the slot, as
 * one date text ("Wed, Nov 25, 2026 2:00 PM EST"); undefined when the item shows none. A meeting
 * booked through a meetings link is dated in the timeline when it was booked, its body giving the
 * meeting's own time (metrics.md: booked is not held): that time is the meeting's. A logged
 * meeting's date line may be its slot itself: its start is then the item's date anyway.
 */
export function meetingSlot(card: Element): string | undefined {
  for (const el of Array.from(card.querySelectorAll('*'))) {
    const text = spacedText(el);
    // A line of its own, not a block ending in one (the body around it).
    const slot = text.length <= LONGEST ? SLOT.exec(text) : null;
    if (slot) return `${slot[1]}${slot[2] ?? ''}`.trim();
  }
  return undefined;
}
