import { describe, expect, it } from 'vitest';
import { readDone } from './logged-activity-page';

/**
 * Pipedrive's activities carry no direction: the subject is all there is. "Llamada de Ana Gómez",
 * "Appel de Ana Gómez", "Ligação de Ana Gómez" on Ana's page are her calls, though Spanish, French
 * and Portuguese "de" also means "of" ("Llamada de seguimiento", the rep's follow-up call): her
 * name after it says who called. So do "Callback from Ana Gómez" and "Ana Gómez called back".
 */
const directionOf = (lang: string, subject: string) => readDone('call', lang, subject).direction;

describe('a Pipedrive call whose subject names the record’s person as the caller', () => {
  it.each([
    ['es', 'Llamada de Ana Gómez'],
    ['fr', 'Appel de Ana Gómez'],
    ['pt-BR', 'Ligação de Ana Gómez'],
    ['en-US', 'Callback from Ana Gómez'],
    ['en-US', 'Ana Gómez called back'],
    ['en-US', 'Ana called about pricing'],
  ])('%s "%s" is inbound', (lang, subject) => {
    expect(directionOf(lang, subject)).toBe('inbound');
  });

  it.each([
    ['es', 'Llamada de seguimiento con Ana Gómez'],
    ['fr', 'Appel de suivi'],
    ['en-US', 'Missed call from Ana – called back, left VM'],
  ])('%s "%s" is the rep’s call, outbound', (lang, subject) => {
    expect(directionOf(lang, subject)).toBe('outbound');
  });
});
