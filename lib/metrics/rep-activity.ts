import type { Touch } from './touch';
import { countsInHeadline } from './touch-counts';
import { type TouchesPerContact, touchesPerContact } from './touches-per-contact';

export interface RepActivity {
  rep: string;
  touches: number;
  /** The rep's touches per active contact, blended and per channel. */
  perContact: TouchesPerContact;
}

export interface ActivityPerRep {
  /** Touches per rep with any touch in the period, or null (`no-reps`). */
  value: number | null;
  reason?: 'no-reps';
  touches: number;
  reps: RepActivity[];
  /** Touches whose owner the page did not show: in no rep's figures. */
  unassigned: number;
}

/**
 * Activity per rep = touches in period / reps with any touch in period, plus each rep's touches
 * per contact by channel (the manager's decomposition: coverage, capacity, channel mix). A rep is
 * the touch's owner as the CRM shows it; touches without an owner cannot be given to a rep and
 * are left out of both numerator and denominator. Reps are listed by name. Linear in the number
 * of touches: each is added to its rep's list in place (copying the list per touch made one busy
 * rep's 20,000 touches take half a minute).
 */
export function activityPerRep(periodTouches: readonly Touch[], countAutomated: boolean): ActivityPerRep {
  const counted = periodTouches.filter((t) => countsInHeadline(t, countAutomated));
  const byRep = new Map<string, Touch[]>();
  for (const touch of counted) {
    const owner = touch.activity.owner;
    if (!owner) continue;
    const touches = byRep.get(owner);
    if (touches) touches.push(touch);
    else byRep.set(owner, [touch]);
  }
  const reps = [...byRep.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rep, touches]) => ({
      rep,
      touches: touches.length,
      perContact: touchesPerContact(touches, countAutomated),
    }));
  const assigned = reps.reduce((sum, r) => sum + r.touches, 0);
  return {
    value: reps.length === 0 ? null : assigned / reps.length,
    ...(reps.length === 0 ? { reason: 'no-reps' as const } : {}),
    touches: assigned,
    reps,
    unassigned: counted.length - assigned,
  };
}
