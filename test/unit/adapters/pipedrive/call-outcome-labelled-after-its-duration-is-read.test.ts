import { describe, expect, it } from 'vitest';
import { entry, page, readDirect, strip } from './hand-written-feed-page';

/**
 * Review s59 (pdgen, regd). A call logged by Pipedrive's Caller shows its facts on one meta line set
 * apart by middle dots ("Duration 04:12 · Outcome: Connected"). An outcome was read at a line's start
 * after a short label, or at the start of each part after a dot, never after a label inside such a
 * part: the call the page says connected came out `unknown`, and the connect rate left it out
 * (metrics.md: an unread outcome is an attempt, outcome unknown). Only the page language's outcome
 * labels count: a rep's "Notes: voicemail box was full last week…" after the duration is prose.
 */
const call = (lang: string, type: string, subject: string, when: string, facts: string) =>
  page({
    lang,
    history: [
      entry({ icon: type, done: true, subject, meta: `${when} · Anna Kowalski`, extra: `<div>${facts}</div>` }),
    ],
  });

const outcomeOf = (html: string) => {
  const r = readDirect(html);
  if (r.status !== 'read') throw new Error(r.status);
  return r.activities.map((a) => [a.type, a.outcome]);
};

describe('a Caller call whose labelled outcome follows its duration on one dotted line', () => {
  it.each([
    ['Duration 04:12 · Outcome: Connected', 'connected'],
    ['Duration 00:31 · Outcome: No answer', 'no-answer'],
    ['Duration 00:48 • Result: Left voicemail', 'voicemail'],
    ['Duration 04:12 · Outcome : Busy', 'busy'],
    ['Duration 04:12 · Recording: 04:12', 'unknown'],
    ['Duration 12:30 · Notes: voicemail box was full last week, today we talked it through', 'unknown'],
  ])('"%s" is %s', (facts, outcome) => {
    const html = call('en', 'Call', 'Outgoing call to Ines Bauer', 'Nov 19, 2026 2:10 PM', facts);
    expect(outcomeOf(html)).toEqual([['call', outcome]]);
    expect(outcomeOf(strip(html))).toEqual([['call', outcome]]);
  });

  it.each([
    ['de', 'Anruf', 'Ausgehender Anruf an Ines Bauer', '19. Nov. 2026 14:10', 'Dauer 04:12 · Ergebnis: Verbunden'],
    ['fr', 'Appel', 'Appel sortant vers Ines Bauer', '19 nov. 2026 14:10', 'Durée 04:12 · Résultat : Connecté'],
    ['nl', 'Gesprek', 'Uitgaand gesprek met Ines Bauer', '19 nov. 2026 14:10', 'Duur 04:12 · Resultaat: Verbonden'],
    ['es', 'Llamada', 'Llamada saliente a Ines Bauer', '19 nov. 2026 14:10', 'Duración 04:12 · Resultado: Conectado'],
  ])('%s: "%s" call with "%s" is connected', (lang, type, subject, when, facts) => {
    expect(outcomeOf(call(lang, type, subject, when, facts))).toEqual([['call', 'connected']]);
  });
});
