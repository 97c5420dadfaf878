import { type Decomposition, type DecompositionChannel, decomposeTouches } from '../metrics/decomposition';
import type { TouchesPerContact } from '../metrics/touches-per-contact';
import { TOUCH_TYPES } from '../schema/activity';
import { wholeParts } from './whole-points';

export interface Movement {
  decomposition: Decomposition;
  /**
   * Percentage points of the earlier period's touches: coverage, then each channel of capacity;
   * null when the period before had no touches, as there is nothing to take points of (metrics.md
   * "When a number cannot be computed").
   */
  points: { coverage: number | null; byChannel: Partial<Record<DecompositionChannel, number | null>> };
  sentence: string;
  /** Set when the periods are not compared: the period before reaches past what retention keeps. */
  notRead?: 'beyond-retention';
}

/** Touches per active contact as the decomposition's side: per channel, tasks counted as touches apart. */
export function sideOf(perContact: TouchesPerContact): Parameters<typeof decomposeTouches>[0] {
  const byChannel: Partial<Record<DecompositionChannel, number>> = {};
  let channelled = 0;
  for (const channel of TOUCH_TYPES) {
    const count = Math.round((perContact.byChannel[channel] ?? 0) * perContact.activeContacts);
    if (count > 0) byChannel[channel] = count;
    channelled += count;
  }
  if (perContact.touches > channelled) byChannel.task = perContact.touches - channelled;
  return { activeContacts: perContact.activeContacts, byChannel };
}

const CHANNEL_WORDS: Record<DecompositionChannel, string> = {
  call: 'calls',
  email: 'email',
  meeting: 'meetings',
  social: 'social',
  sms: 'SMS',
  task: 'completed tasks',
};

/**
 * Why touches on active contacts moved between the period before and this one, in numbers and
 * one sentence: "Touches fell 22 %: 15 points from fewer active contacts, 7 from email." Parts
 * are whole percentage points of the earlier period's touches that add up to the percent stated;
 * parts that push the other way are said as an offset, and parts of 0 are left out. A total that
 * rounds to 0 % still names parts that do not.
 */
export function whyItMoved(before: TouchesPerContact, after: TouchesPerContact): Movement {
  const decomposition = decomposeTouches(sideOf(before), sideOf(after));
  const toPoints = (n: number) => (decomposition.before === 0 ? null : (n / decomposition.before) * 100);
  const byChannel = Object.fromEntries(
    Object.entries(decomposition.capacity).map(([c, n]) => [c, toPoints(n ?? 0)]),
  ) as Movement['points']['byChannel'];
  const points = { coverage: toPoints(decomposition.coverage), byChannel };
  return { decomposition, points, sentence: sentence(decomposition) };
}

function sentence(d: Decomposition): string {
  const { relative } = d;
  if (relative === null)
    return d.after === 0
      ? 'No touches on active contacts in either period.'
      : `${d.after} ${d.after === 1 ? 'touch' : 'touches'}, none in the period before: nothing to compare with.`;
  // A relative change means touches before: each part is points of them.
  const points = (n: number) => (n / d.before) * 100;
  const percent = Math.round(Math.abs(relative) * 100);
  // Parts as points along the change stated; with no change stated, as they went (steady).
  const sign = relative < 0 && percent > 0 ? -1 : 1;
  const coverageWords = `${d.coverage < 0 ? 'fewer' : 'more'} active contacts`;
  const named = [
    { words: coverageWords, points: points(d.coverage) * sign },
    ...Object.entries(d.capacity).map(([c, n]) => ({
      words: CHANNEL_WORDS[c as DecompositionChannel],
      points: points(n ?? 0) * sign,
    })),
  ];
  // Whole points that add up to the percent stated, as the parts do (team-view.md).
  const whole = wholeParts(
    named.map((n) => n.points),
    percent,
  ).map((p, i) => ({ words: (named[i] as (typeof named)[number]).words, points: p }));
  // Active contacts first, as the decomposition reads; then the channels, largest first.
  const ordered = (parts: typeof whole) => [
    ...parts.filter((p) => p.words === coverageWords),
    ...parts.filter((p) => p.words !== coverageWords).sort((a, b) => Math.abs(b.points) - Math.abs(a.points)),
  ];
  if (percent === 0) return steady(d, ordered(whole.filter((p) => p.points !== 0)));
  const along = whole.filter((p) => p.points > 0);
  const against = whole.filter((p) => p.points < 0);
  const texts = ordered(along).map((p, i) => `${p.points}${i === 0 ? pointsWord(p.points) : ''} from ${p.words}`);
  const offsets = ordered(against).map((p) => `${-p.points} from ${p.words}`);
  const why = [texts.join(', '), offsets.length > 0 ? `offset by ${offsets.join(', ')}` : '']
    .filter(Boolean)
    .join(', ');
  return `Touches ${relative < 0 ? 'fell' : 'rose'} ${percent} % (${d.before} → ${d.after})${why ? `: ${why}` : ''}.`;
}

function pointsWord(points: number): string {
  return Math.abs(points) === 1 ? ' point' : ' points';
}

/**
 * A total that rounds to no change: said as steady, unless its parts moved and cancelled out
 * (half the contacts reached, each twice as often), which a manager must still see. The parts
 * are signed points that add up to 0.
 */
function steady(d: Decomposition, parts: readonly { words: string; points: number }[]): string {
  const held = `Touches held steady (${d.before} before, ${d.after} now)`;
  if (parts.length === 0) return `${held}.`;
  const signed = (n: number) => `${n < 0 ? '−' : '+'}${Math.abs(n)}`;
  const texts = parts.map((p, i) => `${signed(p.points)}${i === 0 ? pointsWord(p.points) : ''} from ${p.words}`);
  return `${held}, its parts cancelling out: ${texts.join(', ')}.`;
}

/**
 * The comparison withheld when the period before starts earlier than the activities Touchline
 * keeps (retention also applies on read): its touches are partly gone, and comparing with them
 * would report a rise that never happened.
 */
export function beyondRetention(movement: Movement, kept: string): Movement {
  return {
    ...movement,
    notRead: 'beyond-retention',
    sentence: `Not compared: the period before reaches back further than ${kept}, so part of its touches are no longer stored.`,
  };
}
