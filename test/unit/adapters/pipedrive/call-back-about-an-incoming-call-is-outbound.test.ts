import { describe, expect, it } from 'vitest';
import { readDone } from './logged-activity-page';

/**
 * metrics.md: "Direction: outbound (rep to contact), inbound (contact to rep)". The rep's call back
 * that mentions the person's earlier incoming call ("Call Ana back about yesterday's incoming
 * call", "Devolver la llamada entrante de ayer") is the rep's: incoming-call words say the call's
 * own direction only opening its subject or a part set apart ("Callback – incoming call from Maya").
 */
const directionOf = (lang: string, subject: string) => readDone('call', lang, subject).direction;

describe('a Pipedrive call whose subject mentions an incoming call', () => {
  it.each([
    ['en-US', "Call Ana back about yesterday's incoming call"],
    ['en-US', 'Follow-up on her inbound call'],
    ['es', 'Devolver la llamada entrante de ayer'],
    ['fr', "Rappeler Ana suite à l'appel entrant"],
    ['it', 'Richiamare Ana dopo la chiamata in entrata'],
  ])('%s "%s" further into the subject is the rep’s call back, outbound', (lang, subject) => {
    expect(directionOf(lang, subject)).toBe('outbound');
  });

  it.each([
    ['en-US', 'Incoming call from Maya'],
    ['en-US', 'Callback – incoming call from Maya'],
    ['es', 'Llamada entrante de Maya'],
    ['fr', 'Rappel – appel entrant de Maya'],
  ])('%s "%s" opening the subject or a part set apart is the person’s call, inbound', (lang, subject) => {
    expect(directionOf(lang, subject)).toBe('inbound');
  });
});
